package io.credence.bench;

import io.credence.assessment.Assessment;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EngineParameters;
import io.credence.assessment.EvidenceItem;
import io.credence.assessment.Reliability;
import io.credence.assessment.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of assessing one claim with its full derivation, by number of evidence items. Items come
 * from one origin in three (repeats are common) with every stance, reliability and credibility.
 * Run: scripts/bench.sh EngineBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    @Param({"10", "1000", "100000"})
    public int items;

    private ConfidenceEngine engine;
    private List<EvidenceItem> evidence;

    @Setup
    public void setUp() {
        engine = new ConfidenceEngine(new EngineParameters(
                Map.of(Reliability.A, 1.0, Reliability.B, 0.8, Reliability.C, 0.6,
                        Reliability.D, 0.3, Reliability.E, 0.1, Reliability.F, 0.0),
                Map.of(1, 3.6, 2, 2.8, 3, 2.0, 4, 1.2, 5, 0.4, 6, 0.0),
                2.0, 0.5, 0.5, 0.3, 0.85, 0.65, 0.35, 0.15, 0.2, 3, 0.4, 2));
        Random random = new Random(42);
        int origins = Math.max(1, items / 3);
        evidence = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            String source = "source-" + random.nextInt(origins);
            String origin = random.nextInt(4) == 0 ? "source-" + random.nextInt(origins) : source;
            evidence.add(new EvidenceItem(String.format("item-%08d", i), source, origin,
                    Stance.values()[random.nextInt(3)], 1 + random.nextInt(6),
                    Reliability.values()[random.nextInt(6)], random.nextInt(4) / 4.0, random.nextInt(20) == 0));
        }
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(evidence, false);
    }
}
