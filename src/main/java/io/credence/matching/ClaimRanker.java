package io.credence.matching;

import io.credence.language.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Ranks registered claims against a text by meaning and words together (docs/MATCHING.md).
 * Candidates are the union of the nearest claims by sentence vector and the best by BM25; each
 * scores {@code semanticWeight × cosine + (1 − semanticWeight) × bm25 / best bm25 of the query}.
 * The cosine is the best of the whole text's vector and each of its sentences' vectors, so a long
 * text that contains a registered claim in one sentence still meets it.
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

    /** How the two scores combine and how many candidates each side brings. */
    public record Weights(double semanticWeight, int candidates) {
        public static final Weights STANDARD = new Weights(0.85, 50);
    }

    /** A claim and its scores: combined, cosine (−1..1) and BM25 relative to the query's best (0..1). */
    public record Ranked(UUID claimId, double score, double cosine, double lexical) {
    }

    private final ClaimIndex index;
    private final Function<String, float[]> embedder;
    private final Weights weights;

    public ClaimRanker(ClaimIndex index, Function<String, float[]> embedder, Weights weights) {
        this.index = index;
        this.embedder = embedder;
        this.weights = weights;
    }

    /** The claims most like the text, best first; at most {@code limit}, with no threshold. */
    public List<Ranked> rank(String text, int limit) {
        String cleaned = readable(text);
        if (cleaned.isEmpty()) {
            return List.of();
        }
        List<float[]> vectors = new ArrayList<>();
        for (String part : parts(cleaned)) {
            vectors.add(embedder.apply(part));
        }
        int k = Math.max(limit, weights.candidates());
        Set<UUID> candidates = new LinkedHashSet<>();
        Map<UUID, Float> bm25 = new HashMap<>();
        for (ClaimIndex.Hit hit : index.lexical(cleaned, k)) {
            candidates.add(hit.claimId());
            bm25.put(hit.claimId(), hit.score());
        }
        for (float[] vector : vectors) {
            index.nearest(vector, k).forEach(hit -> candidates.add(hit.claimId()));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = List.copyOf(candidates);
        Map<UUID, Float> cosine = new HashMap<>();
        for (float[] vector : vectors) {
            index.cosines(vector, ids).forEach((id, c) -> cosine.merge(id, c, Math::max));
        }
        float best = bm25.values().stream().max(Float::compare).orElse(1f);
        List<Ranked> ranked = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            double c = cosine.getOrDefault(id, 0f);
            double lexical = best > 0 ? bm25.getOrDefault(id, 0f) / best : 0;
            double score = weights.semanticWeight() * c + (1 - weights.semanticWeight()) * lexical;
            ranked.add(new Ranked(id, score, c, lexical));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::claimId));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }

    /** The text without links, hashtags and handles split into their words. */
    static String readable(String text) {
        String unlinked = LINK.matcher(text).replaceAll(" ");
        return TAG.matcher(unlinked).replaceAll(tag -> java.util.regex.Matcher.quoteReplacement(
                CAMEL.matcher(tag.group(1)).replaceAll(" "))).strip();
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
