package io.credence.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.credence.text.Names;
import io.credence.text.Numbers;
import io.credence.text.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a text and a registered claim share, read from the two alone: the features of the pairwise
 * similarity ({@code models/claim-pair}). Nothing here depends on the other claims registered (no
 * BM25 statistics, no ranks, no gap to the best candidate), so a pair's similarity is the same in
 * an empty database and in one holding millions of claims. Words are weighed by a fixed table of
 * inverse document frequencies made with the model from the data it was trained on (a rare name
 * shared says more than "said"), never from what is registered. Pure.
 */
public final class PairFeatures {

    /** The feature names, in the model card's order. */
    public static final String COSINE = "cosine";

    public static final String COSINE_WHOLE = "cosineWhole";
    public static final String CLAIM_WORDS_IN_TEXT = "claimWordsInText";
    public static final String TEXT_WORDS_IN_CLAIM = "textWordsInClaim";
    public static final String NUMBERS_SHARED = "numbersShared";
    public static final String NAMES_SHARED = "namesShared";
    public static final String CLAIM_WEIGHT_IN_TEXT = "claimWeightInText";
    public static final String TEXT_WEIGHT_IN_CLAIM = "textWeightInClaim";

    /** English words as the index reads them: lower case, stop words dropped, Porter stems. Thread-safe. */
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    /** What is read of the searched text once, for all its candidates. */
    public record Text(Set<String> stems, Set<String> numbers, Set<String> words) {

        public static Text of(String text) {
            Set<String> numbers = Numbers.in(text);
            Set<String> words = new HashSet<>(Tokens.of(text).normals());
            words.addAll(numbers);
            return new Text(PairFeatures.stems(text), numbers, words);
        }
    }

    /** Each stem's inverse document frequency; a stem not in it weighs {@link #unknownWeight}. */
    private final Map<String, Double> weights;

    private final double unknownWeight;
    /**
     * The stems of the claims and headlines read lately: a claim is a candidate of many searches (an
     * article's 70 sentences meet many of the same claims), and reading its words again each time
     * cost /check about a fifth of its time.
     */
    private final Cache<String, Set<String>> claimStems =
            Caffeine.newBuilder().maximumSize(20_000).build();

    public PairFeatures(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        this.unknownWeight =
                weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }

    /** The table of weights from the documents' texts: ln(1 + n / documents holding the stem). */
    public static Map<String, Double> weightsOf(Collection<String> documents) {
        Map<String, Integer> holding = new HashMap<>();
        for (String document : documents) {
            stems(document).forEach(stem -> holding.merge(stem, 1, Integer::sum));
        }
        Map<String, Double> weights = new TreeMap<>();
        // Four decimals, as the table is stored: the weights trained on are the weights served.
        holding.forEach((stem, n) ->
                weights.put(stem, Math.round(Math.log(1 + (double) documents.size() / n) * 1e4) / 1e4));
        return weights;
    }

    /**
     * The pair's features. {@code cosine} is the best of the text's vectors (whole and sentences)
     * against the claim's or its headline's; {@code cosineWhole} the whole text's. The words are
     * the better of the claim's and its headline's (a headline often uses a post's words).
     */
    public Map<String, Double> of(Text text, double cosine, double cosineWhole, String claim, String headline) {
        Set<String> claimStems = this.claimStems.get(claim, PairFeatures::stems);
        Set<String> headlineStems = headline == null ? Set.of() : this.claimStems.get(headline, PairFeatures::stems);
        Set<String> both = new HashSet<>(claimStems);
        both.addAll(headlineStems);
        Map<String, Double> f = new LinkedHashMap<>();
        f.put(COSINE, cosine);
        f.put(COSINE_WHOLE, cosineWhole);
        f.put(
                CLAIM_WORDS_IN_TEXT,
                Math.max(share(claimStems, text.stems()), headline == null ? 0 : share(headlineStems, text.stems())));
        f.put(TEXT_WORDS_IN_CLAIM, text.stems().isEmpty() ? 0 : share(text.stems(), both));
        f.put(
                CLAIM_WEIGHT_IN_TEXT,
                Math.max(
                        weightShare(claimStems, text.stems()),
                        headline == null ? 0 : weightShare(headlineStems, text.stems())));
        f.put(TEXT_WEIGHT_IN_CLAIM, weightShare(text.stems(), both));
        f.put(NUMBERS_SHARED, sharedOrAll(Numbers.in(claim), text.numbers()));
        f.put(NAMES_SHARED, sharedOrAll(spelledNames(claim), text.words()));
        return f;
    }

    /**
     * The claim's names written in letters alone: abbreviations and codes ("U.S", "G7") are written
     * several ways in tweets ("US", "G-7"), so requiring them would mostly measure spelling.
     */
    static Set<String> spelledNames(String claim) {
        Set<String> names = Names.in(claim);
        names.removeIf(name -> !name.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '-'));
        return names;
    }

    /** The fraction of the claim's items found in the text; 1 when the claim has none. */
    static double sharedOrAll(Set<String> ofClaim, Set<String> inText) {
        return ofClaim.isEmpty() ? 1 : share(ofClaim, inText);
    }

    private static double share(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 0;
        }
        return (double) of.stream().filter(in::contains).count() / of.size();
    }

    /** The share of the weight of {@code of}'s stems that {@code in} holds. */
    private double weightShare(Set<String> of, Set<String> in) {
        double all = 0;
        double shared = 0;
        for (String stem : of) {
            double w = weights.getOrDefault(stem, unknownWeight);
            all += w;
            shared += in.contains(stem) ? w : 0;
        }
        return all == 0 ? 0 : shared / all;
    }

    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        // Read-only once made: the cache hands the same set to every search.
        try (TokenStream tokens = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(stems);
    }
}
