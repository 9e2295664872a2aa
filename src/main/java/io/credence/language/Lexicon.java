package io.credence.language;

import io.credence.text.TabularResource;
import io.credence.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue phrases, compiled into a word trie. Phrase syntax (see lexicon.tsv): [optional words],
 * {one|of|several}, and * for a gap of one to three words.
 */
final class Lexicon {

    static final String GAP = "*";
    static final int MAX_GAP = 3;
    /** 64 Kbit (8 KiB, within a core's L1 cache): a few hundred first words leave most bits clear. */
    private static final int FIRST_WORD_BUCKETS = 1 << 16;

    /** A trie node: the words that may follow, a gap, and the cue that ends here. */
    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Node gap;
        Cue cue;
    }

    final Node root = new Node();
    final Map<String, String> spelling;
    /**
     * A bit per hash bucket of the words (as written, lower-cased) that may start a cue: a clear
     * bit lets the analyzer pass a word by its hash alone. Holds the first words of the cues and
     * every British spelling (which may map to one).
     */
    private final long[] firstWords = new long[FIRST_WORD_BUCKETS / Long.SIZE];

    private final Map<String, Cue> cues = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    private Lexicon(Map<String, String> spelling) {
        this.spelling = spelling;
        spelling.keySet().forEach(word -> markFirstWord(word.hashCode()));
    }

    /** False when no cue starts with the word whose lower-cased form has this String hash. */
    boolean mayStartCue(int wordHash) {
        int bucket = bucket(wordHash);
        return (firstWords[bucket >>> 6] & (1L << bucket)) != 0;
    }

    private void markFirstWord(int wordHash) {
        int bucket = bucket(wordHash);
        firstWords[bucket >>> 6] |= 1L << bucket;
    }

    private static int bucket(int hash) {
        return (hash ^ (hash >>> 16)) & (FIRST_WORD_BUCKETS - 1);
    }

    /** The lexicon shipped in the classpath resources language/lexicon.tsv and language/spelling.tsv. */
    static Lexicon standard() {
        Map<String, String> spelling = new HashMap<>();
        for (String[] row : TabularResource.rows("language/spelling.tsv", 2)) {
            spelling.put(Tokens.lower(row[0]), Tokens.lower(row[1]));
        }
        Lexicon lexicon = new Lexicon(spelling);
        for (String[] row : TabularResource.rows("language/lexicon.tsv", 4)) {
            lexicon.add(row[0], Category.valueOf(row[1].strip()), Double.parseDouble(row[2]), Rule.parse(row[3]));
        }
        return lexicon;
    }

    /** Every expanded phrase, in lexicon order. */
    Map<String, Cue> cues() {
        return cues;
    }

    /** Expanded phrases that an earlier line already defined (the earlier one is kept). */
    List<String> duplicates() {
        return duplicates;
    }

    void add(String pattern, Category category, double severity, Rule rule) {
        if (!(severity > 0 && severity <= 1)) {
            throw new IllegalArgumentException("severity of '" + pattern + "' must be in (0, 1]");
        }
        for (String phrase : expand(pattern.strip())) {
            List<String> words = new ArrayList<>();
            for (String part : phrase.strip().split(" +", -1)) {
                if (part.equals(GAP)) {
                    words.add(GAP);
                } else {
                    words.addAll(List.of(Tokens.wordsOf(part, spelling)));
                }
            }
            if (words.isEmpty()
                    || words.get(0).equals(GAP)
                    || words.get(words.size() - 1).equals(GAP)) {
                throw new IllegalArgumentException("'" + pattern + "' must start and end with a word");
            }
            String key = String.join(" ", words);
            if (cues.containsKey(key)) {
                duplicates.add(key);
                continue;
            }
            Cue cue = new Cue(key, category, severity, rule);
            cues.put(key, cue);
            markFirstWord(words.get(0).hashCode());
            Node node = root;
            for (String word : words) {
                if (word.equals(GAP)) {
                    if (node.gap == null) {
                        node.gap = new Node();
                    }
                    node = node.gap;
                } else {
                    node = node.next.computeIfAbsent(word, w -> new Node());
                }
            }
            node.cue = cue;
        }
    }

    /** Expands [optional] and {a|b} groups into plain phrases (words and * separated by spaces). */
    static List<String> expand(String pattern) {
        int open = indexOfGroup(pattern);
        if (open < 0) {
            return List.of(pattern.strip().replaceAll(" +", " "));
        }
        char opening = pattern.charAt(open);
        char closing = opening == '[' ? ']' : '}';
        int close = pattern.indexOf(closing, open);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed " + opening + " in '" + pattern + "'");
        }
        String before = pattern.substring(0, open);
        String after = pattern.substring(close + 1);
        String inside = pattern.substring(open + 1, close);
        List<String> choices = new ArrayList<>();
        if (opening == '[') {
            choices.add("");
            choices.add(inside);
        } else {
            choices.addAll(List.of(inside.split("\\|", -1)));
        }
        List<String> result = new ArrayList<>();
        for (String choice : choices) {
            result.addAll(expand(before + " " + choice + " " + after));
        }
        return result;
    }

    private static int indexOfGroup(String pattern) {
        int square = pattern.indexOf('[');
        int curly = pattern.indexOf('{');
        if (square < 0) {
            return curly;
        }
        return curly < 0 ? square : Math.min(square, curly);
    }
}
