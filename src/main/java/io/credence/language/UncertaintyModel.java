package io.credence.language;

import io.credence.classify.Contribution;
import io.credence.classify.SentenceClassifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learned uncertainty scorer: the probability that a sentence carries uncertain or vaguely
 * sourced content, from a logistic regression trained on WikiWeasel (CoNLL-2010) by
 * {@code scripts/train-language-models.sh}. When it is positive, {@link #judge} points at the words
 * that contributed most, so every flag still points at text.
 */
public final class UncertaintyModel {

    public static final String RESOURCE = "models/uncertainty";

    private final SentenceClassifier classifier;
    private final SentenceFeatures features;
    private final double flagFrom;

    /**
     * @param flagFrom the probability from which the model is positive; at least the classifier's
     *     own threshold (its F1-best on the training data)
     */
    public UncertaintyModel(SentenceClassifier classifier, SentenceFeatures features, double flagFrom) {
        this.classifier = classifier;
        this.features = features;
        this.flagFrom = Math.max(flagFrom, classifier.threshold());
    }

    /** The shipped model, positive from its own threshold (its F1-best on WikiWeasel). */
    public static UncertaintyModel shipped() {
        return shipped(0);
    }

    /** The shipped model, positive from {@code flagFrom} (or its own threshold, if higher). */
    public static UncertaintyModel shipped(double flagFrom) {
        return new UncertaintyModel(SentenceClassifier.load(RESOURCE), SentenceFeatures.lexical(), flagFrom);
    }

    /** What the model makes of one sentence. {@code flag} is empty unless it is positive and no lexicon cue fired. */
    public record Judgement(double probability, boolean positive, Optional<Flag> flag) {}

    /**
     * Judges a sentence of {@code text} starting at {@code offset}, given the lexicon's flags in it.
     * When the model is positive and the lexicon found nothing, the flag points at the words that
     * pushed the model most (category {@link Category#VAGUE}, severity the probability).
     */
    public Judgement judge(String text, int offset, String sentence, List<Flag> flags) {
        Map<String, Double> input = features.of(sentence, flags, List.of());
        double probability = classifier.probability(input);
        boolean positive = probability >= flagFrom;
        Optional<Flag> flag = positive && flags.isEmpty()
                ? strongestWords(text, offset, sentence, input, probability)
                : Optional.empty();
        return new Judgement(probability, positive, flag);
    }

    /** Names the model, its training run and where it flags from. */
    public String version() {
        return classifier.version() + "@" + flagFrom;
    }

    private Optional<Flag> strongestWords(
            String text, int offset, String sentence, Map<String, Double> input, double probability) {
        List<SentenceFeatures.WordFeature> words = SentenceFeatures.words(sentence);
        for (Contribution c : classifier.strongestFor(input, 50)) {
            for (SentenceFeatures.WordFeature w : words) {
                if (w.feature().equals(c.feature())) {
                    int start = offset + w.start();
                    int end = offset + w.end();
                    return Optional.of(new Flag(
                            start, end, text.substring(start, end), Category.VAGUE, probability, "model " + version()));
                }
            }
        }
        return Optional.empty();
    }
}
