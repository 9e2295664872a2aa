package io.credence.matching;

import io.credence.text.Numbers;
import io.credence.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks registered claims against a text by meaning and words together (docs/MATCHING.md).
 * Candidates are the union of the nearest claims by sentence vector and the best by BM25. Each gets
 * the ranking's features (cosines, BM25, ranks, shared numbers and names), scored by a {@link Scorer}
 * that orders them (the service's is the learned reranker), and the pair's own features
 * ({@link PairFeatures}), scored by a second scorer into the similarity that relations are judged on
 * (the service's is the pairwise model): the order may depend on the other candidates, the
 * similarity of a pair never does. The cosine is the best of the whole
 * text's vector and each of its sentences' vectors, so a long text that contains a registered claim
 * in one sentence still meets it.
 */
public final class ClaimRanker {

    /** Links and picture links carry no words a claim would share. */
    private static final Pattern LINK = Pattern.compile("(https?://|pic\\.twitter\\.com/)\\S+");
    /** A hashtag or handle: "#DefundTheCBC", "@realDonaldTrump". */
    private static final Pattern TAG = Pattern.compile("[#@](\\w+)");
    /** A boundary inside a run of letters written in camel case: "defund|The|CBC", "real|Donald|Trump". */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private static final int MIN_SENTENCE_CHARS = 20;
    private static final int MAX_SENTENCES = 32;
    public static final int CANDIDATES = 50;
    /** The weight of the cosine in the similarity: best on CLEF2020 Task 2 train (docs/MATCHING.md). */
    public static final double SEMANTIC_WEIGHT = 0.80;

    /** Scores a candidate from its features; higher is more alike. */
    public interface Scorer {
        double score(Map<String, Double> features);
    }

    /** A blend of the whole-or-sentence cosine and BM25 relative to the query's best. */
    public static Scorer blend(double semanticWeight) {
        return f -> semanticWeight * f.get("cosine") + (1 - semanticWeight) * f.get("bm25Relative");
    }

    /**
     * A candidate claim, its registration order, its text and headline (null when none), what the ranking's scorer reads of it
     * (relative to the other candidates) and what the similarity reads (the pair alone).
     */
    public record Candidate(
            UUID claimId,
            long sequence,
            String text,
            String headline,
            Map<String, Double> features,
            Supplier<Map<String, Double>> pairFeatures) {

        /**
         * The pair's own features, read when first asked for: only the candidates a search answers
         * need them, and reading every candidate's words for all 200 of each of an article's
         * sentences doubled the time of /check.
         */
        public Map<String, Double> pair() {
            return pairFeatures.get();
        }
    }

    /** Computes once, on first use. Not shared between threads: a candidate belongs to one search. */
    private static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = compute.get();
                }
                return value;
            }
        };
    }

    /**
     * A claim, its score (the order), its similarity (of the pair alone, what relations are judged
     * on) and its best cosine with the text (what tells a claim on the same subject).
     */
    public record Ranked(UUID claimId, double score, double similarity, double cosine) {}

    /**
     * Best score first; among equal scores (claims registered more than once with the same words)
     * the one registered first, which is the one the desk has most likely worked on.
     */
    private static final Comparator<Map.Entry<Candidate, Double>> BEST_FIRST = Comparator.comparing(
                    Map.Entry<Candidate, Double>::getValue, Comparator.reverseOrder())
            .thenComparingLong(e -> e.getKey().sequence())
            .thenComparing(e -> e.getKey().claimId());

    private final ClaimIndex index;
    private final Function<String, float[]> embedder;
    private final Scorer scorer;
    private final PairSimilarity similarity;

    /**
     * @param scorer orders the candidates from their ranking features
     * @param similarity reads a pair's own features ({@link Candidate#pair()}) and scores them
     */
    public ClaimRanker(ClaimIndex index, Function<String, float[]> embedder, Scorer scorer, PairSimilarity similarity) {
        this.index = index;
        this.embedder = embedder;
        this.scorer = scorer;
        this.similarity = similarity;
    }

    /** The claims most like the text, best first; at most {@code limit}, with no threshold. */
    public List<Ranked> rank(String text, int limit) {
        return rank(text, limit, Set.of());
    }

    /**
     * The claims most like the text other than {@code excluded}, best first; at most {@code limit}.
     * The excluded claims (a claim's own entry, when it is the text) take no part: they are neither
     * answered nor the best that the other candidates' relative features are measured against.
     */
    public List<Ranked> rank(String text, int limit, Set<UUID> excluded) {
        return rank(text, limit, excluded, CANDIDATES);
    }

    /**
     * {@link #rank(String, int, Set)} from a pool of {@code pool} candidates by each way of finding them
     * (at least {@code limit}): a smaller pool costs less to search and score, and can only lose a claim
     * that none of the ways put among its first {@code pool}.
     */
    public List<Ranked> rank(String text, int limit, Set<UUID> excluded, int pool) {
        List<Map.Entry<Candidate, Double>> scored = new ArrayList<>();
        for (Candidate c : candidates(text, Math.max(limit, pool), excluded)) {
            scored.add(Map.entry(c, scorer.score(c.features())));
        }
        return scored.stream()
                .sorted(BEST_FIRST)
                .limit(limit)
                .map(e -> new Ranked(
                        e.getKey().claimId(),
                        e.getValue(),
                        similarity.of(e.getKey().pair()),
                        e.getKey().pair().get(PairFeatures.COSINE)))
                .toList();
    }

    /** The candidates for a text (the k nearest by each vector and the k best by BM25) with their features. */
    public List<Candidate> candidates(String text, int k) {
        return candidates(text, k, Set.of());
    }

    /** The candidates other than {@code excluded}. */
    public List<Candidate> candidates(String text, int k, Set<UUID> excluded) {
        String cleaned = readable(text);
        if (cleaned.isEmpty()) {
            return List.of();
        }
        List<String> parts = parts(cleaned);
        List<float[]> vectors = new ArrayList<>();
        for (String part : parts) {
            vectors.add(embedder.apply(part));
        }
        List<ClaimIndex.Found> found = index.candidates(cleaned, vectors, k).stream()
                .filter(c -> !excluded.contains(c.claimId()))
                .toList();
        double bestBm25 =
                found.stream().mapToDouble(ClaimIndex.Found::bm25).max().orElse(0);
        double bestCosine =
                found.stream().mapToDouble(c -> max(c.cosines())).max().orElse(0);
        PairFeatures.Text read = PairFeatures.Text.of(cleaned);
        // A claim not found one way ranks behind the pool the reranker was trained on, however small this pool.
        int absent = Math.max(k, CANDIDATES);
        List<Candidate> candidates = new ArrayList<>(found.size());
        for (ClaimIndex.Found claim : found) {
            double cosine = max(claim.cosines());
            Map<String, Double> f = new LinkedHashMap<>();
            f.put("cosine", cosine);
            f.put("cosineWhole", (double) claim.cosines()[0]);
            f.put("cosineBehindBest", bestCosine - cosine);
            f.put("bm25Relative", bestBm25 > 0 ? claim.bm25() / bestBm25 : 0);
            f.put("bm25Log", Math.log1p(claim.bm25()));
            f.put("vectorRank", 1.0 / (1 + (claim.vectorRank() < 0 ? absent : claim.vectorRank())));
            f.put("lexicalRank", 1.0 / (1 + (claim.lexicalRank() < 0 ? absent : claim.lexicalRank())));
            f.put("numbersShared", PairFeatures.sharedOrAll(Numbers.in(claim.text()), read.numbers()));
            f.put("namesShared", PairFeatures.sharedOrAll(PairFeatures.spelledNames(claim.text()), read.words()));
            candidates.add(new Candidate(
                    claim.claimId(),
                    claim.sequence(),
                    claim.text(),
                    claim.headline(),
                    f,
                    once(() -> similarity
                            .features()
                            .of(read, cosine, claim.cosines()[0], claim.text(), claim.headline()))));
        }
        return candidates;
    }

    private static double max(float[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The text without links, hashtags and handles split into their words. */
    static String readable(String text) {
        String unlinked = LINK.matcher(text).replaceAll(" ");
        return TAG.matcher(unlinked)
                .replaceAll(tag ->
                        Matcher.quoteReplacement(CAMEL.matcher(tag.group(1)).replaceAll(" ")))
                .strip();
    }

    /** The whole text, and each of its sentences long enough to be a claim when there are several. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        parts.add(text);
        List<Sentences.Span> spans = Sentences.of(text);
        if (spans.size() > 1) {
            for (Sentences.Span span : spans) {
                String sentence = text.substring(span.start(), span.end()).strip();
                if (sentence.length() >= MIN_SENTENCE_CHARS && parts.size() <= MAX_SENTENCES) {
                    parts.add(sentence);
                }
            }
        }
        return parts;
    }
}
