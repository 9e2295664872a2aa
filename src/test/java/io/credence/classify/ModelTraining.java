package io.credence.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.check.CheckWorthiness;
import io.credence.hashing.Sha256;
import io.credence.language.RumourAnalyzer;
import io.credence.language.SentenceFeatures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the shipped sentence scorers (scripts/train-language-models.sh). For each task:
 * <ol>
 *   <li>the labelled file is shuffled with a fixed seed and a stratified fifth is set aside as dev;</li>
 *   <li>5-fold cross-validation on the other four fifths picks the decision threshold (best F1 of
 *       the out-of-fold predictions; for check-worthiness on class-balanced folds, since the task's
 *       held-out split is balanced) and reports precision, recall and F1;</li>
 *   <li>a model trained on those four fifths is measured once on dev with that threshold;</li>
 *   <li>the shipped model is trained on the whole file and written with its model card.</li>
 * </ol>
 * The learner is L2-regularised logistic regression (LIBLINEAR through Tribuo) with C = 1: of
 * C in {0.3, 1, 3}, 1 had the best cross-validated F1 on both tasks (docs/LANGUAGE.md).
 *
 * <p>Run: {@code ModelTraining <uncertainty|checkworthiness|both> [shared data folder] [output folder]}.
 */
public final class ModelTraining {

    public static final long SEED = 42;
    /**
     * The generation of each task's features' definition, in the model's version: the same data read
     * with other features makes another model. Check-worthiness 2: its signals count words and find
     * names with io.credence.text.
     */
    private static final Map<String, Integer> FEATURE_GENERATION = Map.of("uncertainty", 1, "checkworthiness", 2);

    static final double C = 1.0;
    private static final int FOLDS = 5;
    private static final LabelFactory LABELS = new LabelFactory();

    /** One labelled sentence and its features. */
    public record Row(boolean positive, String text, Map<String, Double> features) {}

    /** Precision, recall and F1 at a threshold; negatives weighted by {@code negativeWeight}. */
    record Figures(double threshold, double precision, double recall, double f1, int sentences) {
        static Figures of(List<double[]> scored, double threshold, double negativeWeight) {
            double tp = 0;
            double fp = 0;
            double fn = 0;
            for (double[] s : scored) {
                boolean predicted = s[0] >= threshold;
                boolean positive = s[1] == 1;
                if (predicted && positive) {
                    tp++;
                } else if (predicted) {
                    fp += negativeWeight;
                } else if (positive) {
                    fn++;
                }
            }
            double p = tp + fp == 0 ? 0 : tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : tp / (tp + fn);
            return new Figures(threshold, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), scored.size());
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "precision %.3f recall %.3f F1 %.3f (threshold %.2f, %d sentences)",
                    precision,
                    recall,
                    f1,
                    threshold,
                    sentences);
        }
    }

    private ModelTraining() {}

    public static void main(String[] args) throws Exception {
        String task = args.length > 0 ? args[0] : "both";
        Path shared = Path.of(args.length > 1 ? args[1] : "../shared/data");
        Path out = Path.of(args.length > 2 ? args[2] : "src/main/resources/models");
        Files.createDirectories(out);
        RumourAnalyzer lexicon = RumourAnalyzer.standard();
        if (task.equals("uncertainty") || task.equals("both")) {
            Path data = shared.resolve("rumour/wikiweasel-train.tsv");
            SentenceFeatures features = SentenceFeatures.lexical();
            List<Row> rows = new ArrayList<>();
            List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                int tab = line.indexOf('\t');
                String text = line.substring(tab + 1);
                rows.add(new Row(
                        line.startsWith("1"),
                        text,
                        features.of(text, lexicon.analyze(text).flags(), List.of())));
            }
            train("uncertainty", data, rows, false, out);
        }
        if (task.equals("checkworthiness") || task.equals("both")) {
            Path data = shared.resolve("checkworthy/claimbuster-train.json");
            CheckWorthiness rules = new CheckWorthiness();
            SentenceFeatures features = SentenceFeatures.withEmbedding(new SentenceEmbedder());
            List<Row> rows = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(data.toFile())) {
                String text = n.get("text").asText();
                rows.add(new Row(
                        n.get("label").asInt() == 1,
                        text,
                        features.of(text, lexicon.analyze(text).flags(), rules.signals(text))));
            }
            train("checkworthiness", data, rows, true, out);
        }
    }

    static void train(String task, Path data, List<Row> all, boolean balanced, Path out) throws IOException {
        List<Row> rows = new ArrayList<>(all);
        Collections.shuffle(rows, new Random(SEED));
        List<Row> positives = rows.stream().filter(Row::positive).toList();
        List<Row> negatives = rows.stream().filter(r -> !r.positive()).toList();
        List<Row> dev = new ArrayList<>();
        List<Row> train = new ArrayList<>();
        for (List<Row> side : List.of(positives, negatives)) {
            for (int i = 0; i < side.size(); i++) {
                (i % 5 == 0 ? dev : train).add(side.get(i));
            }
        }
        System.out.printf(
                "== %s: %s, %d sentences (%d positive); train %d, dev %d%n",
                task, data, rows.size(), positives.size(), train.size(), dev.size());

        List<double[]> outOfFold = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Row> in = new ArrayList<>();
            List<Row> held = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                (i % FOLDS == fold ? held : in).add(train.get(i));
            }
            outOfFold.addAll(score(fit(in), held));
            System.out.printf("   fold %d done%n", fold + 1);
        }
        double weight = balanced ? weightToBalance(train) : 1;
        Figures cv = bestThreshold(outOfFold, weight);
        System.out.printf("   cross-validated (%d folds%s): %s%n", FOLDS, balanced ? ", balanced" : "", cv);
        Figures cvNatural = Figures.of(outOfFold, cv.threshold(), 1);
        if (balanced) {
            System.out.printf("   cross-validated (natural class ratio): %s%n", cvNatural);
        }

        List<double[]> devScores = score(fit(train), dev);
        Figures devFigures = Figures.of(devScores, cv.threshold(), balanced ? weightToBalance(dev) : 1);
        Figures devNatural = Figures.of(devScores, cv.threshold(), 1);
        System.out.printf("   dev%s: %s%n", balanced ? " (balanced)" : "", devFigures);
        if (balanced) {
            System.out.printf("   dev (natural class ratio): %s%n", devNatural);
        }

        Model<Label> model = fit(rows);
        String digest = Sha256.hex(Files.readString(data, StandardCharsets.UTF_8));
        // The lexicon's cues are features: the same data with another lexicon makes another model.
        String version = task + "-" + FEATURE_GENERATION.get(task) + "-"
                + Sha256.hex(digest + RumourAnalyzer.standard().lexiconFingerprint())
                        .substring(0, 8);
        model.serializeToFile(out.resolve(task + ".tribuo"));
        List<String> card = List.of(
                "# Model card of " + task + ", written by scripts/train-language-models.sh; do not edit.",
                "version=" + version,
                "threshold=" + String.format(Locale.ROOT, "%.2f", cv.threshold()),
                "learner=L2-regularised logistic regression (LIBLINEAR via Tribuo 4.3.2), C=" + C,
                "features=word unigrams and bigrams, lexicon cues"
                        + (balanced ? ", check-worthiness signals, all-MiniLM-L6-v2 (quantized) embedding x3" : ""),
                "data=" + data.getFileName() + " (" + rows.size() + " sentences, " + positives.size()
                        + " positive), sha256 " + digest,
                "lexicon=" + RumourAnalyzer.standard().lexiconFingerprint(),
                "cv=" + FOLDS + "-fold on 80%" + (balanced ? " (class-balanced)" : "") + ": " + cv,
                "dev=20% held out" + (balanced ? " (class-balanced)" : "") + ": " + devFigures,
                "dev.natural=" + devNatural);
        try (OutputStream o = Files.newOutputStream(out.resolve(task + ".properties"))) {
            o.write((String.join("\n", card) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        System.out.printf("   wrote %s (version %s)%n", out.resolve(task + ".tribuo"), version);
    }

    /** Weight of a negative so that negatives weigh as much as positives in all. */
    private static double weightToBalance(List<Row> rows) {
        long positives = rows.stream().filter(Row::positive).count();
        return (double) positives / (rows.size() - positives);
    }

    private static Figures bestThreshold(List<double[]> scored, double negativeWeight) {
        Figures best = null;
        for (int t = 5; t <= 95; t++) {
            Figures f = Figures.of(scored, t / 100.0, negativeWeight);
            if (best == null || f.f1() > best.f1()) {
                best = f;
            }
        }
        return best;
    }

    /** The rows as Tribuo's examples, labelled as {@link SentenceClassifier} reads them: for any trainer. */
    public static MutableDataset<Label> dataset(List<Row> rows) {
        MutableDataset<Label> dataset =
                new MutableDataset<>(new SimpleDataSourceProvenance("sentences", LABELS), LABELS);
        for (Row row : rows) {
            ArrayExample<Label> example =
                    new ArrayExample<>(new Label(row.positive() ? SentenceClassifier.POSITIVE : "0"));
            row.features().forEach(example::add);
            dataset.add(example);
        }
        return dataset;
    }

    public static Model<Label> fit(List<Row> rows) {
        MutableDataset<Label> dataset = dataset(rows);
        LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), C, 1000, 0.01, SEED);
        return trainer.train(dataset);
    }

    private static List<double[]> score(Model<Label> model, List<Row> rows) {
        SentenceClassifier classifier = new SentenceClassifier(model, 0.5, "cv");
        List<double[]> scored = new ArrayList<>();
        for (Row row : rows) {
            scored.add(new double[] {classifier.probability(row.features()), row.positive() ? 1 : 0});
        }
        return scored;
    }
}
