package io.credence.matching;

import io.credence.classify.SentenceClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The similarity a match reports and the SAME decision reads: the probability, from the pairwise
 * model ({@code models/claim-pair}, scripts/train-matching-pair.sh), that a text and a registered
 * claim state the same claim, from the pair's own features ({@link PairFeatures}) and the word
 * weights made with the model ({@code models/claim-pair.words.tsv}). Depends on nothing else
 * registered, so it means the same tomorrow.
 */
public final class PairSimilarity {

    private final PairFeatures features;
    private final ClaimRanker.Scorer model;
    private final double threshold;
    private final double firstThreshold;

    /**
     * @param threshold the similarity from which the two say the same (chosen with the model)
     * @param firstThreshold the same for the first candidate of a text searched whole
     */
    public PairSimilarity(PairFeatures features, ClaimRanker.Scorer model, double threshold, double firstThreshold) {
        this.features = features;
        this.model = model;
        this.threshold = threshold;
        this.firstThreshold = firstThreshold;
    }

    /** The shipped model, its word weights and the threshold on its card. */
    public static PairSimilarity load(String resource) {
        SentenceClassifier classifier = SentenceClassifier.load(resource);
        String first = SentenceClassifier.card(resource).getProperty("first-threshold");
        return new PairSimilarity(
                new PairFeatures(weights(resource + ".words.tsv")),
                classifier::probability,
                classifier.threshold(),
                first == null ? classifier.threshold() : Double.parseDouble(first));
    }

    /** The features alone, scoring every pair 0: for tools that read features before a model exists. */
    public static PairSimilarity unscored(PairFeatures features) {
        return new PairSimilarity(features, f -> 0, 1, 1);
    }

    /** The similarity from which a text and a claim say the same (nothing else telling them apart). */
    public double threshold() {
        return threshold;
    }

    /**
     * The similarity from which the first candidate of a text searched whole says the same: the
     * ranker put it above every other registered claim, which the pair's own features cannot see.
     */
    public double firstThreshold() {
        return firstThreshold;
    }

    PairFeatures features() {
        return features;
    }

    double of(Map<String, Double> pair) {
        return model.score(pair);
    }

    /** A stem and its weight per line, tab-separated. */
    private static Map<String, Double> weights(String resource) {
        Map<String, Double> weights = new HashMap<>();
        try (InputStream in = PairSimilarity.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " (scripts/train-matching-pair.sh writes it)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                weights.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return weights;
    }
}
