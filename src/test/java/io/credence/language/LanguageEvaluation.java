package io.credence.language;

import io.credence.check.CheckWorthiness;
import io.credence.check.CheckWorthinessModel;
import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Measures the language judgements (scripts/eval-language.sh):
 * <ol>
 *   <li>the lexicon alone on a labelled file (default: WikiWeasel in ../shared/data/rumour/), with
 *       the cues that fire most on negatives; the second argument, when given, receives the missed
 *       positives;</li>
 *   <li>the shipped models' cross-validated and dev figures, from their model cards (the shared
 *       files are their training data, so the shipped models are not measured on them);</li>
 *   <li>lexicon, model and rules on the project's own labelled news sentences, which no model saw.</li>
 * </ol>
 */
public final class LanguageEvaluation {

    private LanguageEvaluation() {}

    /** A labelled sentence. */
    public record Labelled(boolean positive, String text) {}

    /** Counts of a binary judgement against labels. */
    public record Counts(int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "precision %.3f  recall %.3f  F1 %.3f  (tp %d fp %d fn %d tn %d)",
                    precision(),
                    recall(),
                    f1(),
                    tp,
                    fp,
                    fn,
                    tn);
        }
    }

    public static Counts measure(List<Labelled> rows, Predicate<String> judge) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Labelled row : rows) {
            boolean predicted = judge.test(row.text());
            if (predicted && row.positive()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (row.positive()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Counts(tp, fp, fn, tn);
    }

    /** A {@code label<TAB>text} file with a header line. */
    public static List<Labelled> read(List<String> lines) {
        List<Labelled> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                int tab = line.indexOf('\t');
                rows.add(new Labelled(line.substring(0, tab).strip().equals("1"), line.substring(tab + 1)));
            }
        }
        return rows;
    }

    public static List<Labelled> resource(String name) throws IOException {
        try (InputStream in = LanguageEvaluation.class.getResourceAsStream(name)) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList());
        }
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/rumour/wikiweasel-train.tsv");
        RumourAnalyzer lexicon = RumourAnalyzer.standard();
        List<Labelled> rows = read(Files.readAllLines(file, StandardCharsets.UTF_8));

        System.out.printf(
                "== 1. The lexicon alone on %s (%d sentences, %d positive; %d cue phrases)%n",
                file, rows.size(), rows.stream().filter(Labelled::positive).count(), lexicon.cueCount());
        System.out.println(
                "   " + measure(rows, t -> !lexicon.analyze(t).flags().isEmpty()));
        printNoisyCues(lexicon, rows);
        if (args.length > 1) {
            List<String> misses = rows.stream()
                    .filter(Labelled::positive)
                    .filter(r -> lexicon.analyze(r.text()).flags().isEmpty())
                    .map(Labelled::text)
                    .toList();
            Files.write(Path.of(args[1]), misses, StandardCharsets.UTF_8);
        }

        System.out.println("== 2. The shipped models, as measured when they were trained (model cards)");
        for (String model : List.of(UncertaintyModel.RESOURCE, CheckWorthinessModel.RESOURCE)) {
            var card = SentenceClassifier.card(model);
            System.out.printf(
                    "   %s (threshold %s)%n     data: %s%n     cv:   %s%n     dev:  %s%n",
                    card.getProperty("version"),
                    card.getProperty("threshold"),
                    card.getProperty("data"),
                    card.getProperty("cv"),
                    card.getProperty("dev"));
        }

        System.out.println(
                "== 3. The project's own labelled news sentences (src/test/resources/language, seen by no model)");
        double flagFrom = serviceFlagFrom();
        RumourAnalyzer atItsThreshold = RumourAnalyzer.withModel(UncertaintyModel.shipped());
        RumourAnalyzer asServed = RumourAnalyzer.withModel(UncertaintyModel.shipped(flagFrom));
        List<Labelled> uncertain = resource("/language/news-uncertainty.tsv");
        System.out.printf(
                "   uncertainty (a sentence is positive when it carries a flag), %d sentences:%n", uncertain.size());
        System.out.println("     lexicon alone:                          "
                + measure(uncertain, t -> !lexicon.analyze(t).flags().isEmpty()));
        System.out.println("     lexicon and model at its threshold:     "
                + measure(uncertain, t -> !atItsThreshold.analyze(t).flags().isEmpty()));
        System.out.printf(
                "     lexicon and model from %.2f (as served): %s%n",
                flagFrom, measure(uncertain, t -> !asServed.analyze(t).flags().isEmpty()));
        List<Labelled> worthy = resource("/language/news-checkworthy.tsv");
        CheckWorthiness rules = new CheckWorthiness();
        CheckWorthinessModel model = CheckWorthinessModel.shipped(new SentenceEmbedder());
        System.out.printf("   check-worthiness, %d sentences:%n", worthy.size());
        System.out.println(
                "     hand-set rules:    " + measure(worthy, t -> rules.of(t).worthy()));
        System.out.println("     model:             "
                + measure(worthy, t -> model.of(t, lexicon.analyze(t).flags()).worthy()));
    }

    /** credence.language.model-flag-from as the service ships it. */
    private static double serviceFlagFrom() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageEvaluation.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return Double.parseDouble(properties.getProperty("credence.language.model-flag-from"));
    }

    private static void printNoisyCues(RumourAnalyzer analyzer, List<Labelled> rows) {
        Map<String, int[]> byCue = new HashMap<>();
        for (Labelled row : rows) {
            for (Flag flag : analyzer.analyze(row.text()).flags()) {
                byCue.computeIfAbsent(flag.cue(), c -> new int[2])[row.positive() ? 0 : 1]++;
            }
        }
        System.out.println("   cues firing most on negative sentences (positive / negative):");
        byCue.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1]))
                .limit(10)
                .forEach(e -> System.out.printf("     %5d / %5d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }
}
