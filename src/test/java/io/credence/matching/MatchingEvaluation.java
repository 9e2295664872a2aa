package io.credence.matching;

import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Offline MAP@5 of the claim ranker on CLEF2020-CheckThat! Task 2, in process (no HTTP): the blend
 * of cosine and BM25 for each weight on train, and on dev the blend at the served weight and the
 * shipped reranker ({@code models/claim-reranker}, trained on train by {@link RerankerTraining}).
 * The HTTP measurement of the served path is {@code scripts/eval-matching.sh} without --offline.
 *
 * <p>Run: {@code scripts/eval-matching.sh --offline}.
 */
public final class MatchingEvaluation {

    private MatchingEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path root = ClaimMatchingData.root();
        ClaimMatchingData.Loaded data = ClaimMatchingData.load(root, new SentenceEmbedder());
        try (ClaimIndex index = data.index()) {
            List<ClaimMatchingData.Tweet> train = ClaimMatchingData.tweets(root, "train");
            List<ClaimMatchingData.Tweet> dev = ClaimMatchingData.tweets(root, "dev");
            System.out.printf(
                    "%d verified claims, %d train tweets, %d dev tweets%n",
                    data.vclaimIds().size(), train.size(), dev.size());
            for (double w = 0.7; w <= 0.9501; w += 0.025) {
                ClaimRanker ranker = new ClaimRanker(
                        index,
                        data.embedder(),
                        ClaimRanker.blend(w),
                        PairSimilarity.unscored(new PairFeatures(Map.of())));
                System.out.printf("blend %.3f  train MAP@5 %.4f%n", w, map5(ranker, train, data.vclaimIds()));
            }
            ClaimRanker blend = new ClaimRanker(
                    index,
                    data.embedder(),
                    ClaimRanker.blend(ClaimRanker.SEMANTIC_WEIGHT),
                    PairSimilarity.unscored(new PairFeatures(Map.of())));
            System.out.printf(
                    "blend %.3f  dev MAP@5 %.4f%n", ClaimRanker.SEMANTIC_WEIGHT, map5(blend, dev, data.vclaimIds()));
            long reached = candidatesOf(blend, train).entrySet().stream()
                    .filter(e -> e.getValue().stream()
                            .anyMatch(c -> train.stream()
                                    .filter(t -> t.id().equals(e.getKey()))
                                    .findFirst()
                                    .orElseThrow()
                                    .relevant()
                                    .contains(data.vclaimIds().get(c.claimId()))))
                    .count();
            System.out.printf("a gold claim among the candidates: %d of %d train tweets%n", reached, train.size());
            SentenceClassifier shipped = SentenceClassifier.load(ClaimSearch.RERANKER);
            ClaimRanker served = new ClaimRanker(
                    index, data.embedder(), shipped::probability, PairSimilarity.unscored(new PairFeatures(Map.of())));
            System.out.printf(
                    "shipped reranker %s (served)  train MAP@5 %.4f (trained on it)  dev MAP@5 %.4f%n",
                    shipped.version(), map5(served, train, data.vclaimIds()), map5(served, dev, data.vclaimIds()));
        }
    }

    static Map<String, List<ClaimRanker.Candidate>> candidatesOf(
            ClaimRanker ranker, List<ClaimMatchingData.Tweet> tweets) {
        Map<String, List<ClaimRanker.Candidate>> all = new HashMap<>();
        tweets.forEach(t -> all.put(t.id(), ranker.candidates(t.text(), ClaimRanker.CANDIDATES)));
        return all;
    }

    /** MAP@5 of a scorer over candidates found once; equal scores in registration order, as the service does. */
    static double map5(
            List<ClaimMatchingData.Tweet> tweets,
            Map<String, List<ClaimRanker.Candidate>> candidates,
            ClaimRanker.Scorer scorer,
            Map<UUID, String> vclaimIds) {
        double sum = 0;
        for (ClaimMatchingData.Tweet tweet : tweets) {
            List<ClaimRanker.Candidate> list = new ArrayList<>(candidates.get(tweet.id()));
            Map<ClaimRanker.Candidate, Double> scores = new HashMap<>();
            list.forEach(c -> scores.put(c, scorer.score(c.features())));
            list.sort(Comparator.<ClaimRanker.Candidate>comparingDouble(scores::get)
                    .reversed()
                    .thenComparingLong(ClaimRanker.Candidate::sequence));
            List<String> ranked =
                    list.stream().limit(5).map(c -> vclaimIds.get(c.claimId())).toList();
            sum += ClaimMatchingData.averagePrecisionAt5(ranked, tweet.relevant());
        }
        return sum / tweets.size();
    }

    static double map5(ClaimRanker ranker, List<ClaimMatchingData.Tweet> tweets, Map<UUID, String> vclaimIds) {
        double sum = 0;
        for (ClaimMatchingData.Tweet tweet : tweets) {
            List<String> ranked = ranker.rank(tweet.text(), 5).stream()
                    .map(r -> vclaimIds.get(r.claimId()))
                    .toList();
            sum += ClaimMatchingData.averagePrecisionAt5(ranked, tweet.relevant());
        }
        return sum / tweets.size();
    }

    /** The texts' vectors, cached under target/ by name, count and the model's dimensions. */
    static float[][] vectors(String name, List<String> texts, Function<String, float[]> embedder) throws IOException {
        Path cache = Path.of("target/matching-cache/" + name + "-minilm-" + texts.size() + "-"
                + SentenceEmbedder.DIMENSIONS + ".f32");
        float[][] vectors = new float[texts.size()][];
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
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
        IntStream.range(0, texts.size()).parallel().forEach(i -> vectors[i] = embedder.apply(texts.get(i)));
        System.out.printf("embedded %d %s in %.1f s%n", texts.size(), name, (System.nanoTime() - started) / 1e9);
        Files.createDirectories(cache.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
        return vectors;
    }
}
