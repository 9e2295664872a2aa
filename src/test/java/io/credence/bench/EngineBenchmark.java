package io.credence.bench;

import io.credence.assessment.Assessment;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.Copies;
import io.credence.assessment.EngineParameters;
import io.credence.assessment.EvidenceBounds;
import io.credence.assessment.EvidenceItem;
import io.credence.assessment.Grade;
import io.credence.assessment.Reliability;
import io.credence.assessment.Stance;
import java.time.Instant;
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
@SuppressWarnings("EnumOrdinal") // picks letters and stances by index, at random or in turn
public class EngineBenchmark {

    @Param({"10", "1000", "100000"})
    public int items;

    private ConfidenceEngine engine;
    private List<EvidenceItem> evidence;

    @Setup
    public void setUp() {
        engine = new ConfidenceEngine(new EngineParameters(
                Map.of(
                        Reliability.A,
                        1.0,
                        Reliability.B,
                        0.8,
                        Reliability.C,
                        0.6,
                        Reliability.D,
                        0.3,
                        Reliability.E,
                        0.1,
                        Reliability.F,
                        0.0),
                Map.of(1, 3.6, 2, 2.8, 3, 2.0, 4, 1.2, 5, 0.4, 6, 0.0),
                2.0,
                0.5,
                0.5,
                0.3,
                0.80,
                0.55,
                0.45,
                0.20,
                0.2,
                3,
                0.4,
                2,
                new EvidenceBounds(Grade.parse("D4"), Grade.parse("B2"), Grade.parse("C3")),
                new Copies(0.6, 5)));
        Random random = new Random(42);
        int origins = Math.max(1, items / 3);
        evidence = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            int s = random.nextInt(origins);
            EvidenceItem.SourceRef source =
                    new EvidenceItem.SourceRef("source-" + s, "Source " + s, Reliability.values()[s % 6]);
            int c = random.nextInt(origins);
            EvidenceItem.SourceRef cites = random.nextInt(4) == 0
                    ? new EvidenceItem.SourceRef("source-" + c, "Source " + c, Reliability.values()[c % 6])
                    : null;
            // One item in five repeats one of a few stories word for word; the rest tell their own.
            String excerpt = random.nextInt(5) == 0
                    ? "The story number " + random.nextInt(20) + " as the wire told it today"
                    : "Item " + i + " reports in its own words what outlet " + s + " saw on day "
                            + random.nextInt(1000);
            evidence.add(new EvidenceItem(
                    String.format("item-%08d", i),
                    source,
                    Stance.values()[random.nextInt(3)],
                    1 + random.nextInt(6),
                    cites,
                    excerpt,
                    Instant.parse("2026-11-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000)),
                    random.nextInt(4) / 4.0,
                    random.nextInt(20) == 0,
                    false));
        }
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(evidence, false);
    }
}
