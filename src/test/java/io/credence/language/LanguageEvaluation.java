package io.credence.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence-level precision, recall and F1 of the analyzer on a labelled file: a header line, then
 * {@code label<TAB>text} lines, label 1 when the sentence carries rumour-grade or uncertain language.
 * A sentence is predicted positive when it carries at least one flag. Also prints, per cue, how
 * often it fired on negative sentences (the false-positive classes).
 * Run: scripts/eval-language.sh [file [misses-file]]; the second argument, when given, receives the
 * positive sentences the analyzer missed, one a line, for studying the error classes.
 */
public final class LanguageEvaluation {

    private LanguageEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/rumour/wikiweasel-train.tsv");
        RumourAnalyzer analyzer = RumourAnalyzer.standard();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Map<String, int[]> byCue = new HashMap<>();
        Map<Category, int[]> byCategory = new HashMap<>();
        List<String> misses = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            boolean positive = line.substring(0, tab).strip().equals("1");
            List<Flag> flags = analyzer.analyze(line.substring(tab + 1)).flags();
            boolean predicted = !flags.isEmpty();
            for (Flag flag : flags) {
                byCue.computeIfAbsent(flag.cue(), c -> new int[2])[positive ? 0 : 1]++;
                byCategory.computeIfAbsent(flag.category(), c -> new int[2])[positive ? 0 : 1]++;
            }
            if (predicted && positive) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (positive) {
                fn++;
                misses.add(line.substring(tab + 1));
            } else {
                tn++;
            }
        }
        if (args.length > 1) {
            Files.write(Path.of(args[1]), misses, StandardCharsets.UTF_8);
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("file: %s%n", file);
        System.out.printf("sentences: %d (positive %d, negative %d); lexicon: %d cue phrases%n",
                tp + fp + fn + tn, tp + fn, fp + tn, analyzer.cueCount());
        System.out.printf("tp %d  fp %d  fn %d  tn %d%n", tp, fp, fn, tn);
        System.out.printf("precision %.3f  recall %.3f  F1 %.3f%n", precision, recall, f1);
        System.out.println("flags by category (on positive / negative sentences):");
        byCategory.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %-18s %5d / %5d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
        System.out.println("cues firing most on negative sentences (positive / negative):");
        byCue.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1]))
                .limit(15)
                .forEach(e -> System.out.printf("  %5d / %5d  %s%n", e.getValue()[0], e.getValue()[1], e.getKey()));
    }
}
