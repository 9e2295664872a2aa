package io.credence.language;

import io.credence.classify.SentenceEmbedder;
import io.credence.text.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The features a learned sentence scorer reads, made the same way in training and in the service:
 * word unigrams ({@code w=word}) and bigrams ({@code b=word_word}, with sentence start and end),
 * numbers folded into {@code <num>}; the lexicon's cues that fired ({@code cat=CATEGORY},
 * {@code cue=phrase}); extra named signals of the task; and, where the task gains from it, the
 * sentence embedding ({@code e0} … {@code e383}, scaled so that it weighs against the sparse
 * words). Cross-validated on the training sets, the embedding lifts check-worthiness (F1 0.747 to
 * 0.779) but not uncertainty (0.630 without, 0.620 with), which is carried by particular words.
 */
public final class SentenceFeatures {

    public static final String WORD = "w=";
    public static final String BIGRAM = "b=";
    /** Embedding scale, chosen by cross-validation on check-worthiness (1 and 3 tried). */
    static final double EMBEDDING_SCALE = 3;

    private static final String NUMBER = "<num>";

    private final SentenceEmbedder embedder;

    private SentenceFeatures(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Words, cues and signals, no embedding. */
    public static SentenceFeatures lexical() {
        return new SentenceFeatures(null);
    }

    /** Words, cues, signals and the sentence embedding. */
    public static SentenceFeatures withEmbedding(SentenceEmbedder embedder) {
        return new SentenceFeatures(Objects.requireNonNull(embedder));
    }

    /**
     * The features of one sentence.
     *
     * @param flags the lexicon's flags within the sentence
     * @param signals further task-specific binary features (for example check-worthiness reasons)
     */
    public Map<String, Double> of(String sentence, List<Flag> flags, List<String> signals) {
        Map<String, Double> features = new LinkedHashMap<>();
        // Always present: a sentence of words the model never saw still has a known feature to score on.
        features.put("bias", 1.0);
        words(sentence).forEach(w -> features.put(w.feature(), 1.0));
        for (Flag flag : flags) {
            features.put("cat=" + flag.category(), 1.0);
            features.put("cue=" + flag.cue(), 1.0);
        }
        signals.forEach(s -> features.put("sig=" + s, 1.0));
        if (embedder != null) {
            float[] vector = embedder.embed(sentence);
            for (int i = 0; i < vector.length; i++) {
                features.put("e" + i, vector[i] * EMBEDDING_SCALE);
            }
        }
        return features;
    }

    /** A word feature and where it stands in the sentence. */
    public record WordFeature(String feature, int start, int end) {}

    /** The sentence's unigram and bigram features with their offsets (bigrams span both words). */
    public static List<WordFeature> words(String sentence) {
        Tokens tokens = Tokens.of(sentence, Map.of());
        List<WordFeature> words = new ArrayList<>(tokens.size() * 2 + 1);
        String previous = "<s>";
        int previousStart = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.numeric(i) ? NUMBER : tokens.normal(i);
            words.add(new WordFeature(WORD + word, tokens.start(i), tokens.end(i)));
            words.add(new WordFeature(
                    BIGRAM + previous + "_" + word, i == 0 ? tokens.start(i) : previousStart, tokens.end(i)));
            previous = word;
            previousStart = tokens.start(i);
        }
        if (tokens.size() > 0) {
            words.add(new WordFeature(BIGRAM + previous + "_</s>", previousStart, tokens.end(tokens.size() - 1)));
        }
        return words;
    }
}
