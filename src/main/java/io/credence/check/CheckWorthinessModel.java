package io.credence.check;

import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import io.credence.language.Flag;
import io.credence.language.SentenceFeatures;
import java.util.List;

/**
 * The learned check-worthiness scorer: the probability that a sentence is a check-worthy factual
 * claim, from a logistic regression trained on the ClaimBuster data set (Arslan et al., ICWSM
 * 2020) by {@code scripts/train-language-models.sh}, over words, the lexicon's cues, the rule
 * signals of {@link CheckWorthiness} and the sentence embedding. Thread-safe.
 */
public final class CheckWorthinessModel {

    public static final String RESOURCE = "models/checkworthiness";

    private final SentenceClassifier classifier;
    private final SentenceFeatures features;
    private final CheckWorthiness signals = new CheckWorthiness();

    public CheckWorthinessModel(SentenceClassifier classifier, SentenceFeatures features) {
        this.classifier = classifier;
        this.features = features;
    }

    public static CheckWorthinessModel shipped(SentenceEmbedder embedder) {
        return new CheckWorthinessModel(SentenceClassifier.load(RESOURCE), SentenceFeatures.withEmbedding(embedder));
    }

    /** The score (the model's probability), whether it is worth checking, and the signals as reasons. */
    public CheckWorthiness.Score of(String sentence, List<Flag> flags) {
        List<String> reasons = signals.signals(sentence);
        double probability = classifier.probability(features.of(sentence, flags, reasons));
        return new CheckWorthiness.Score(probability, classifier.isPositive(probability), reasons);
    }
}
