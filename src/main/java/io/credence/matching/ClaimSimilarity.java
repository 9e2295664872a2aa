package io.credence.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two claims are, 0..1. Pure. Each text becomes a profile: its content words (lower case,
 * without stop words and rumour hedges, mapped through a reviewed synonym table, plurals folded)
 * and its numbers. Words compare by the Dice coefficient; numbers scale the result: the same numbers
 * keep it, different ones ("1.8 tons" against "18 tons") halve it, numbers on one side only take 15 %.
 */
public final class ClaimSimilarity {

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}][\\p{L}\\p{M}'’.-]*[\\p{L}]|[\\p{L}]");
    private static final double ONE_SIDED_NUMBERS = 0.85;

    /** A claim reduced to what matching compares. */
    public record Profile(Set<String> words, Set<String> numbers) {

        /** Every term, for the candidate index. */
        public Set<String> terms() {
            Set<String> all = new LinkedHashSet<>(words);
            numbers.forEach(n -> all.add("#" + n));
            return all;
        }
    }

    private final Map<String, String> synonyms;
    private final Set<String> stopWords;

    private ClaimSimilarity(Map<String, String> synonyms, Set<String> stopWords) {
        this.synonyms = synonyms;
        this.stopWords = stopWords;
    }

    /** With the shipped tables, matching/synonyms.tsv and matching/stopwords.txt. */
    public static ClaimSimilarity standard() {
        Map<String, String> synonyms = new HashMap<>();
        for (String line : lines("matching/synonyms.tsv")) {
            String[] pair = line.split("\t");
            synonyms.put(pair[0].strip(), pair[1].strip());
        }
        return new ClaimSimilarity(synonyms, new HashSet<>(lines("matching/stopwords.txt")));
    }

    public Profile profile(String text) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                numbers.add(normalNumber(token));
                continue;
            }
            if (stopWords.contains(token)) {
                continue;
            }
            String word = synonyms.getOrDefault(token, token);
            word = synonyms.getOrDefault(stem(word), stem(word));
            if (!stopWords.contains(word)) {
                words.add(word);
            }
        }
        return new Profile(words, numbers);
    }

    public double similarity(Profile a, Profile b) {
        if (a.words().isEmpty() || b.words().isEmpty()) {
            return 0;
        }
        double dice = 2.0 * intersection(a.words(), b.words()) / (a.words().size() + b.words().size());
        return dice * numberAgreement(a.numbers(), b.numbers());
    }

    public double similarity(String a, String b) {
        return similarity(profile(a), profile(b));
    }

    private static double numberAgreement(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return ONE_SIDED_NUMBERS;
        }
        int shared = intersection(a, b);
        int union = a.size() + b.size() - shared;
        return 0.5 + 0.5 * shared / union;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    /** "1,800" and "1800" are one number; "1,8" (decimal comma) is 1.8. */
    private static String normalNumber(String token) {
        if (token.matches("\\d{1,3}(,\\d{3})+")) {
            return token.replace(",", "");
        }
        return token.replace(',', '.');
    }

    /** Folds a regular English plural: drones → drone, bars → bar; leaves "glass", "news", short words. */
    private static String stem(String word) {
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static java.util.List<String> lines(String resource) {
        InputStream in = ClaimSimilarity.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip().isEmpty() ? line : line.replaceAll("\\s+$", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
