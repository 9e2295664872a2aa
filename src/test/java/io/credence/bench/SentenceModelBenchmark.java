package io.credence.bench;

import io.credence.check.CheckWorthiness;
import io.credence.check.CheckWorthinessModel;
import io.credence.classify.SentenceEmbedder;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentences per second on one thread: embedding one news sentence with the quantized MiniLM, and
 * scoring its check-worthiness (signals, words, embedding, logistic regression).
 * Run: scripts/bench.sh SentenceModelBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SentenceModelBenchmark {

    private static final String SENTENCE =
            "Moscow paid for the drones with at least 1.8 tons of gold bars, officials said.";

    private SentenceEmbedder embedder;
    private CheckWorthinessModel worthiness;

    @Setup
    public void setUp() {
        embedder = new SentenceEmbedder();
        worthiness = CheckWorthinessModel.shipped(embedder);
    }

    @Benchmark
    public float[] embed() {
        return embedder.embed(SENTENCE);
    }

    @Benchmark
    public CheckWorthiness.Score checkWorthiness() {
        return worthiness.of(SENTENCE, List.of());
    }
}
