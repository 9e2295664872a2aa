package io.credence.matching;

import io.credence.classify.SentenceEmbedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Offline MAP@5 of the claim ranker on CLEF2020-CheckThat! Task 2, in process (no HTTP): the
 * blend of cosine and BM25 for each weight, and the learned reranker cross-validated on train
 * (5 folds of tweets) and then trained on all of train and measured once on dev. The HTTP
 * measurement of the served path is {@code scripts/eval-matching.sh} without --offline.
 *
 * <p>Run: {@code scripts/eval-matching.sh --offline}.
 */
public final class MatchingEvaluation {

    private static final int FOLDS = 5;

    private MatchingEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path root = ClaimMatchingData.root();
        List<ClaimMatchingData.VerifiedClaim> claims = ClaimMatchingData.verifiedClaims(root);
        SentenceEmbedder model = new SentenceEmbedder();
        float[][] vectors = claimVectors(claims, model::embed);
        // Each tweet is ranked many times: embed each text once.
        Map<String, float[]> memo = new ConcurrentHashMap<>();
        Function<String, float[]> embed = text -> memo.computeIfAbsent(text, model::embed);
        Map<UUID, String> vclaimIds = new HashMap<>();
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            for (int i = 0; i < claims.size(); i++) {
                UUID id = UUID.nameUUIDFromBytes(claims.get(i).id().getBytes());
                vclaimIds.put(id, claims.get(i).id());
                index.put(id, claims.get(i).text(), vectors[i]);
            }
            index.refresh();
            List<ClaimMatchingData.Tweet> train = ClaimMatchingData.tweets(root, "train");
            List<ClaimMatchingData.Tweet> dev = ClaimMatchingData.tweets(root, "dev");
            System.out.printf("%d verified claims, %d train tweets, %d dev tweets%n", claims.size(), train.size(), dev.size());

            for (double w = 0.7; w <= 0.9501; w += 0.05) {
                ClaimRanker ranker = new ClaimRanker(index, embed, ClaimRanker.blend(w));
                System.out.printf("blend %.2f  train MAP@5 %.4f%n", w, map5(ranker, train, vclaimIds));
            }
            ClaimRanker blend = new ClaimRanker(index, embed, ClaimRanker.blend(ClaimSearch.BLEND));
            System.out.printf("blend %.2f (served without a reranker)  dev MAP@5 %.4f%n", ClaimSearch.BLEND,
                    map5(blend, dev, vclaimIds));

            ClaimRanker candidates = new ClaimRanker(index, embed, ClaimRanker.blend(ClaimSearch.BLEND));
            Map<String, List<ClaimRanker.Candidate>> trainCandidates = candidatesOf(candidates, train);
            long reached = train.stream().filter(t -> trainCandidates.get(t.id()).stream()
                    .anyMatch(c -> t.relevant().contains(vclaimIds.get(c.claimId())))).count();
            System.out.printf("a gold claim among the candidates: %d of %d train tweets%n", reached, train.size());
            List<ClaimMatchingData.Tweet> shuffled = new ArrayList<>(train);
            Collections.shuffle(shuffled, new Random(RerankerTraining.SEED));
            double cv = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
                List<ClaimMatchingData.Tweet> fit = new ArrayList<>();
                List<ClaimMatchingData.Tweet> held = new ArrayList<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    (i % FOLDS == fold ? held : fit).add(shuffled.get(i));
                }
                ClaimRanker.Scorer reranker = RerankerTraining.train(fit, trainCandidates, vclaimIds).scorer();
                cv += map5(held, trainCandidates, reranker, vclaimIds) / FOLDS;
            }
            System.out.printf("reranker  train MAP@5 (5-fold cross-validated) %.4f%n", cv);
            RerankerTraining.Trained trained = RerankerTraining.train(train, trainCandidates, vclaimIds);
            Map<String, List<ClaimRanker.Candidate>> devCandidates = candidatesOf(candidates, dev);
            double devMap = map5(dev, devCandidates, trained.scorer(), vclaimIds);
            System.out.printf("reranker (trained on train)  dev MAP@5 %.4f%n", devMap);
        }
    }

    static Map<String, List<ClaimRanker.Candidate>> candidatesOf(ClaimRanker ranker, List<ClaimMatchingData.Tweet> tweets) {
        Map<String, List<ClaimRanker.Candidate>> all = new HashMap<>();
        tweets.forEach(t -> all.put(t.id(), ranker.candidates(t.text(), ClaimRanker.CANDIDATES).stream()
                .map(c -> RerankerTraining.withWordFeatures(t.text(), c)).toList()));
        return all;
    }

    static double map5(List<ClaimMatchingData.Tweet> tweets, Map<String, List<ClaimRanker.Candidate>> candidates,
                       ClaimRanker.Scorer scorer, Map<UUID, String> vclaimIds) {
        double sum = 0;
        for (ClaimMatchingData.Tweet tweet : tweets) {
            List<ClaimRanker.Candidate> list = new ArrayList<>(candidates.get(tweet.id()));
            Map<ClaimRanker.Candidate, Double> scores = new HashMap<>();
            list.forEach(c -> scores.put(c, scorer.score(c.features())));
            list.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
            List<String> ranked = list.stream().limit(5).map(c -> vclaimIds.get(c.claimId())).toList();
            sum += ClaimMatchingData.averagePrecisionAt5(ranked, tweet.relevant());
        }
        return sum / tweets.size();
    }

    static double map5(ClaimRanker ranker, List<ClaimMatchingData.Tweet> tweets, Map<UUID, String> vclaimIds) {
        double sum = 0;
        for (ClaimMatchingData.Tweet tweet : tweets) {
            List<String> ranked = ranker.rank(tweet.text(), 5).stream().map(r -> vclaimIds.get(r.claimId())).toList();
            sum += ClaimMatchingData.averagePrecisionAt5(ranked, tweet.relevant());
        }
        return sum / tweets.size();
    }

    /** The claims' vectors, cached under target/ by the claims' count and the model's dimensions. */
    static float[][] claimVectors(List<ClaimMatchingData.VerifiedClaim> claims, Function<String, float[]> embedder)
            throws IOException {
        Path cache = Path.of("target/matching-cache/claims-minilm-" + claims.size() + "-" + SentenceEmbedder.DIMENSIONS + ".f32");
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
}
