package io.credence.matching;

import io.credence.classify.SentenceEmbedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Offline MAP@5 of the claim ranker on CLEF2020-CheckThat! Task 2, in process (no HTTP), for
 * tuning on train and reporting on dev. The HTTP measurement is scripts/eval-matching.sh.
 * Run: scripts/eval-matching.sh --offline [--tune]
 */
public final class MatchingEvaluation {

    private MatchingEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        boolean tune = List.of(args).contains("--tune");
        Path root = ClaimMatchingData.root();
        List<ClaimMatchingData.VerifiedClaim> claims = ClaimMatchingData.verifiedClaims(root);
        SentenceEmbedder model = new SentenceEmbedder();
        java.util.function.Function<String, float[]> base = model::embed;
        float[][] vectors = claimVectors(claims, base);
        // Tweets are ranked once per weight: embed each text once.
        Map<String, float[]> memo = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.Function<String, float[]> embed = text -> memo.computeIfAbsent(text, base);
        Map<UUID, String> vclaimIds = new HashMap<>();
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            for (int i = 0; i < claims.size(); i++) {
                UUID id = UUID.nameUUIDFromBytes(claims.get(i).id().getBytes());
                vclaimIds.put(id, claims.get(i).id());
                index.put(id, claims.get(i).text(), vectors[i]);
            }
            index.refresh();
            Map<String, List<ClaimMatchingData.Tweet>> splits = Map.of(
                    "train", ClaimMatchingData.tweets(root, "train"), "dev", ClaimMatchingData.tweets(root, "dev"));
            if (tune) {
                for (double w = 0.6; w <= 0.9501; w += 0.05) {
                    ClaimRanker ranker = new ClaimRanker(index, embed, new ClaimRanker.Weights(w, 50));
                    System.out.printf("semanticWeight %.2f  train MAP@5 %.4f%n", w,
                            map5(ranker, splits.get("train"), vclaimIds, false));
                }
            }
            ClaimRanker ranker = new ClaimRanker(index, embed, ClaimRanker.Weights.STANDARD);
            System.out.printf("%s  train MAP@5 %.4f  dev MAP@5 %.4f%n", ClaimRanker.Weights.STANDARD,
                    map5(ranker, splits.get("train"), vclaimIds, false), map5(ranker, splits.get("dev"), vclaimIds, true));
        }
    }

    static double map5(ClaimRanker ranker, List<ClaimMatchingData.Tweet> tweets, Map<UUID, String> vclaimIds,
                       boolean showMisses) {
        double sum = 0;
        for (ClaimMatchingData.Tweet tweet : tweets) {
            List<String> ranked = ranker.rank(tweet.text(), 5).stream().map(r -> vclaimIds.get(r.claimId())).toList();
            double ap = ClaimMatchingData.averagePrecisionAt5(ranked, tweet.relevant());
            if (showMisses && ap == 0 && System.getenv("SHOW_MISSES") != null) {
                System.out.println("MISS " + tweet.text() + "\n  gold " + tweet.relevant() + "\n  got " + ranked);
            }
            sum += ap;
        }
        return sum / tweets.size();
    }

    /** The claims' vectors, cached under target/ by the model's dimensions and the claims' count. */
    private static float[][] claimVectors(List<ClaimMatchingData.VerifiedClaim> claims, java.util.function.Function<String, float[]> embedder)
            throws IOException {
        Path cache = Path.of("target/matching-cache/claims-" + "minilm" + "-" + claims.size() + "-" + SentenceEmbedder.DIMENSIONS + ".f32");
        float[][] vectors = new float[claims.size()][];
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
                for (int i = 0; i < vectors.length; i++) {
                    vectors[i] = new float[SentenceEmbedder.DIMENSIONS];
                    for (int d = 0; d < SentenceEmbedder.DIMENSIONS; d++) {
                        vectors[i][d] = in.readFloat();
                    }
                }
            }
            return vectors;
        }
        long started = System.nanoTime();
        IntStream.range(0, claims.size()).parallel().forEach(i -> vectors[i] = embedder.apply(claims.get(i).text()));
        System.out.printf("embedded %d claims in %.1f s%n", claims.size(), (System.nanoTime() - started) / 1e9);
        Files.createDirectories(cache.getParent());
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(cache)))) {
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
        return vectors;
    }

    static List<String> ids(List<ClaimRanker.Ranked> ranked, Map<UUID, String> vclaimIds) {
        List<String> ids = new ArrayList<>();
        ranked.forEach(r -> ids.add(vclaimIds.get(r.claimId())));
        return ids;
    }
}
