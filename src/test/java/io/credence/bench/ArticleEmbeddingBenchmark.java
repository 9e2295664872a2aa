package io.credence.bench;

import io.credence.classify.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor of {@code POST /check}: embedding the sentences of the load script's 1,000-word article
 * (scripts/load/workload.lua: 50 sentences) in one batch, as the check does before anything else.
 * Each invocation numbers the sentences anew so that none is remembered from the last. Compare with
 * the check's median from {@code CONNECTIONS=1 WORKLOADS=check scripts/load.sh}, same machine, same hour.
 * Run: scripts/bench.sh ArticleEmbeddingBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ArticleEmbeddingBenchmark {

    private static final String[] PLACES = {
        "Tessaly", "Vantor", "Kelvara", "Ostrel", "Morvane", "Paldor", "Quarn", "Velmora"
    };
    private static final String[] THINGS = {
        "water utility", "harbour", "power plant", "airport", "hospital", "school district"
    };

    private SentenceEmbedder embedder;
    private int run;

    @Setup
    public void setUp() {
        embedder = new SentenceEmbedder();
    }

    @Benchmark
    public SentenceEmbedder embedArticleInOneBatch() {
        run++;
        List<String> sentences = new ArrayList<>(50);
        for (int i = 1; i <= 50; i++) {
            sentences.add(String.format(
                    "The council of %s said on Monday that the %s had been sold to a fund for %d "
                            + "million euros last year (%d).",
                    PLACES[i % 8], THINGS[i % 6], i * 7, run));
        }
        embedder.embedAll(sentences);
        return embedder;
    }
}
