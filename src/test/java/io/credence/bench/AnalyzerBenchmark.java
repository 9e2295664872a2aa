package io.credence.bench;

import io.credence.language.Analysis;
import io.credence.language.RumourAnalyzer;
import io.credence.language.UncertaintyModel;
import java.util.Random;
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
 * Analyzer throughput on 1 MiB of news-like English (one thread, so one core), against the floor
 * of any scan: counting one word with String.indexOf over the same text. MB/s = ops/s × 1.048576.
 * Run: scripts/bench.sh AnalyzerBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnalyzerBenchmark {

    private static final int MIB = 1 << 20;
    private static final String[] SENTENCES = {
        "The ministry said on Tuesday that %d people had been evacuated from the coastal towns.",
        "Sources close to the negotiations said the talks could collapse within %d days.",
        "Prices rose by %d percent in October, according to the national statistics office.",
        "Rumour has it that the minister will resign before the summit in Brussels.",
        "The company reported revenue of $%d million, up from a year earlier.",
        "Analysts think the central bank may have underestimated inflation.",
        "Police arrested %d suspects after the protest in the capital on Saturday.",
        "The drones were reportedly paid for with gold, officials who asked not to be named said.",
        "A second strike on the depot cannot be ruled out, the governor warned.",
        "Reuters reported that %d ships had left the port since the blockade began.",
        "The new bridge, which cost %d million euros, opened to traffic on Monday.",
        "It is widely believed that the plant will close next year.",
        "Voters in %d districts went to the polls amid heavy rain.",
        "The team won the match %d to 1 after a late goal.",
    };

    private RumourAnalyzer analyzer;
    private RumourAnalyzer withModel;
    private String text;

    @Setup
    public void setUp() {
        analyzer = RumourAnalyzer.standard();
        withModel = RumourAnalyzer.withModel(UncertaintyModel.shipped(0.5));
        Random random = new Random(11);
        StringBuilder sb = new StringBuilder(MIB + 200);
        while (sb.length() < MIB) {
            sb.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], 2 + random.nextInt(900)));
            sb.append(random.nextInt(6) == 0 ? "\n\n" : " ");
        }
        text = sb.substring(0, MIB);
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(text);
    }

    /** The lexicon and the learned uncertainty model (words and cues into a logistic regression per sentence), as served. */
    @Benchmark
    public Analysis analyzeWithModel() {
        return withModel.analyze(text);
    }

    @Benchmark
    public int indexOfOneWord() {
        int count = 0;
        for (int i = text.indexOf("ministry"); i >= 0; i = text.indexOf("ministry", i + 1)) {
            count++;
        }
        return count;
    }
}
