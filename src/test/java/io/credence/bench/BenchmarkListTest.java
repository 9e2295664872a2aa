package io.credence.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * scripts/bench.sh finds the benchmarks through the list JMH's annotation processor writes while the
 * tests compile. Once the compiler was given a processor path of its own (Error Prone), that processor
 * was no longer found on the classpath and every benchmark run stopped at "Unable to find the resource:
 * /META-INF/BenchmarkList"; this holds the build to writing it.
 */
class BenchmarkListTest {

    @Test
    void everyBenchmarkIsListedForJmh() throws IOException {
        String list;
        try (InputStream in = BenchmarkListTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in).as("META-INF/BenchmarkList on the test classpath").isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(list)
                .contains(ArticleEmbeddingBenchmark.class.getName())
                .contains(AnalyzerBenchmark.class.getName())
                .contains(EngineBenchmark.class.getName())
                .contains(SentenceModelBenchmark.class.getName());
    }
}
