package io.credence.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import org.tribuo.Example;
import org.tribuo.Excuse;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;

/**
 * A trained binary sentence classifier: a Tribuo model, the probability from which its answer is
 * positive, and its model card (version, training data, measured figures). Both files are built by
 * {@code scripts/train-language-models.sh} and shipped as resources: {@code <name>.tribuo} (the
 * model, Tribuo's protobuf form) and {@code <name>.properties} (the card). Thread-safe.
 *
 * <p>Features are named numbers; the caller makes them the same way the training did (the task's
 * feature class is shared by both).
 */
public final class SentenceClassifier {

    /** The label of the positive class in every training set. */
    public static final String POSITIVE = "1";

    private static final LabelFactory LABELS = new LabelFactory();
    private static final String AHEAD = "classifier:";

    private final Model<Label> model;
    private final double threshold;
    private final String version;

    public SentenceClassifier(Model<Label> model, double threshold, String version) {
        this.model = model;
        this.threshold = threshold;
        this.version = version;
    }

    /**
     * Loads {@code <resource>.tribuo} and {@code <resource>.properties} from the class path, or takes
     * them from {@link #loadAhead} when that started on them.
     */
    public static SentenceClassifier load(String resource) {
        return LoadedAhead.take(AHEAD + resource, () -> read(resource));
    }

    /** Starts loading the classifier on {@code executor}; the next {@link #load} of it takes the result. */
    public static void loadAhead(String resource, Executor executor) {
        LoadedAhead.start(AHEAD + resource, () -> read(resource), executor);
    }

    private static SentenceClassifier read(String resource) {
        Properties card = card(resource);
        try (InputStream in = open(resource + ".tribuo")) {
            Model<?> loaded = Model.deserialize(ModelProto.parseFrom(in));
            if (!loaded.validate(Label.class)) {
                throw new IllegalStateException(resource + ".tribuo is not a classification model");
            }
            @SuppressWarnings("unchecked")
            Model<Label> model = (Model<Label>) loaded;
            return new SentenceClassifier(
                    model, Double.parseDouble(card.getProperty("threshold")), card.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model " + resource, e);
        }
    }

    /** The model card of a shipped classifier (version, threshold, data, figures). */
    public static Properties card(String resource) {
        Properties card = new Properties();
        try (InputStream in = open(resource + ".properties")) {
            card.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model card " + resource, e);
        }
        return card;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = SentenceClassifier.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("No resource " + name + " (built by scripts/train-language-models.sh)");
        }
        return in;
    }

    /** Probability of the positive class. */
    public double probability(Map<String, Double> features) {
        return model.predict(example(features)).getOutputScores().get(POSITIVE).getScore();
    }

    /** Whether a probability is a positive answer. */
    public boolean isPositive(double probability) {
        return probability >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** Names the model and its training run: part of every fingerprint of what it judged. */
    public String version() {
        return version;
    }

    /** The features that pushed most towards the positive class, strongest first (at most {@code limit}). */
    public List<Contribution> strongestFor(Map<String, Double> features, int limit) {
        Optional<Excuse<Label>> excuse = model.getExcuse(example(features));
        return excuse.map(e -> e.excuse(POSITIVE).stream()
                        .map(p -> new Contribution(p.getA(), p.getB()))
                        .filter(c -> c.weight() > 0)
                        .sorted(Comparator.comparingDouble(Contribution::weight).reversed())
                        .limit(limit)
                        .toList())
                .orElse(List.of());
    }

    static Example<Label> example(Map<String, Double> features) {
        String[] names = new String[features.size()];
        double[] values = new double[features.size()];
        int i = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            names[i] = feature.getKey();
            values[i++] = feature.getValue();
        }
        // All at once, sorted once: ArrayExample.add sorts the example again after every feature, which
        // for the check-worthiness model's ~400 features was a fifth of an article check's CPU.
        return new ArrayExample<>(LABELS.getUnknownOutput(), names, values);
    }
}
