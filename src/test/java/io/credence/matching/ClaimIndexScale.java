package io.credence.matching;

import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The claim index at scale, in process: builds an on-disk index of N claims (default 1,000,000)
 * whose vectors are the CLEF2020 verified claims' MiniLM vectors with Gaussian noise (so they
 * cluster like real claims, not like random points), then ranks the dev tweets through the
 * served ranking path and reports build time, index size on disk, heap after the build, and
 * ranking latency (embedding of the tweet included). Run: scripts/scale-matching.sh [N].
 */
public final class ClaimIndexScale {

    private ClaimIndexScale() {}

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--merge")) {
            mergeAndRank(
                    Path.of(args.length > 1 ? args[1] : "target/index-scale"),
                    Integer.parseInt(args.length > 2 ? args[2] : "1"));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path directory = Path.of(args.length > 1 ? args[1] : "target/index-scale");
        Path root = ClaimMatchingData.root();
        List<ClaimMatchingData.VerifiedClaim> claims = ClaimMatchingData.verifiedClaims(root);
        SentenceEmbedder embedder = new SentenceEmbedder();
        float[][] real = MatchingEvaluation.vectors(
                "claims",
                claims.stream().map(ClaimMatchingData.VerifiedClaim::text).toList(),
                embedder::embed);
        deleteRecursively(directory);
        Random random = new Random(42);
        long started = System.nanoTime();
        try (ClaimIndex index = ClaimIndex.onDisk(directory)) {
            for (int i = 0; i < n; i++) {
                int base = i % claims.size();
                index.put(
                        new UUID(0, i),
                        i + 1,
                        claims.get(base).text() + " (copy " + i / claims.size() + ")",
                        i < claims.size() ? real[base] : noisy(real[base], random));
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d claims put, %.0f s%n", i + 1, (System.nanoTime() - started) / 1e9);
                }
            }
            index.commit(n, new UUID(0, 0));
            double build = (System.nanoTime() - started) / 1e9;
            index.refresh();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heap = runtime.totalMemory() - runtime.freeMemory();
            long bytes;
            try (Stream<Path> files = Files.walk(directory)) {
                bytes = files.filter(Files::isRegularFile)
                        .mapToLong(p -> p.toFile().length())
                        .sum();
            }
            System.out.printf(
                    "%,d claims: built and committed in %.0f s; index on disk %,d MB; heap after build %,d MB%n",
                    n, build, bytes >> 20, heap >> 20);

            System.out.printf("%d segments%n", index.segments());
            rank(index, embedder, root);
        }
    }

    /** Opens a built index, merges it down to {@code segments} segments, and ranks again. */
    private static void mergeAndRank(Path directory, int segments) throws IOException {
        SentenceEmbedder embedder = new SentenceEmbedder();
        try (ClaimIndex index = ClaimIndex.onDisk(directory)) {
            index.refresh();
            System.out.printf("%,d claims in %d segments%n", index.size(), index.segments());
            long started = System.nanoTime();
            index.merge(segments);
            index.commit(index.committedSequence(), index.committedOrigin());
            index.refresh();
            System.out.printf(
                    "merged to %d segments in %.0f s%n", index.segments(), (System.nanoTime() - started) / 1e9);
            rank(index, embedder, ClaimMatchingData.root());
        }
    }

    private static void rank(ClaimIndex index, SentenceEmbedder embedder, Path root) throws IOException {
        {
            ClaimRanker ranker = new ClaimRanker(
                    index,
                    embedder::embed,
                    SentenceClassifier.load(ClaimSearch.RERANKER)::probability,
                    PairSimilarity.unscored(new PairFeatures(Map.of())));
            List<ClaimMatchingData.Tweet> tweets = ClaimMatchingData.tweets(root, "dev");
            tweets.forEach(t -> ranker.rank(t.text(), 5)); // warm-up, and the tweets' vectors remembered
            List<Double> millis = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (ClaimMatchingData.Tweet tweet : tweets) {
                    long t0 = System.nanoTime();
                    ranker.rank(tweet.text(), 5);
                    millis.add((System.nanoTime() - t0) / 1e6);
                }
            }
            Collections.sort(millis);
            System.out.printf(
                    "ranking a dev tweet (%d rankings; tweet vectors remembered): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    millis.size(),
                    millis.get(millis.size() / 2),
                    millis.get((int) (millis.size() * 0.95)),
                    millis.get(millis.size() - 1));
        }
    }

    /** The vector moved by Gaussian noise and normalized again (cosine to the original about 0.9). */
    private static float[] noisy(float[] vector, Random random) {
        float[] v = new float[vector.length];
        double norm = 0;
        double sigma = 0.45 / Math.sqrt(vector.length);
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (vector[d] + sigma * random.nextGaussian());
            norm += v[d] * v[d];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
