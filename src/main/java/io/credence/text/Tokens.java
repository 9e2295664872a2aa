package io.credence.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one definition of a word in Credence, read by the rumour analyzer, the learned sentence
 * features, claim matching, check-worthiness and the engine's copy detection: maximal runs of
 * letters and digits, joined across an apostrophe, hyphen or full stop that stands between two of
 * them ("can't", "so-called", "U.S", "1.8"). Offsets index the original string; each word also has
 * a normalised form (lower case, curly apostrophes straightened, and, when a spelling map is given,
 * British spelling mapped to American) on which texts are compared.
 *
 * <p>The normalised form is built only when asked for: the scan keeps each word's
 * {@link String#hashCode()} of its lower-cased form, so the analyzer can skip the great majority
 * of words, which start no cue, without allocating or hashing a string for them. Pure; an instance
 * belongs to one caller (it caches normalised words as they are asked for).
 */
public final class Tokens {

    private final String text;
    private final Map<String, String> spelling;
    private int size;
    private int[] start = new int[64];
    private int[] end = new int[64];
    /** {@code lowered(i).hashCode()}, computed during the scan. */
    private int[] hash = new int[64];

    private String[] normal = new String[64];

    private Tokens(String text, Map<String, String> spelling) {
        this.text = text;
        this.spelling = spelling;
    }

    /** The words of a text, normalised without a spelling map. */
    public static Tokens of(String text) {
        return of(text, Map.of());
    }

    /** The words of a text, normalised with a spelling map (lower-cased word to its replacement). */
    public static Tokens of(String text, Map<String, String> spelling) {
        Tokens tokens = new Tokens(text, spelling);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int begin = i;
            int h = 0;
            while (i < n) {
                cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    h = hashStep(h, Character.toLowerCase(cp));
                    i += width;
                } else if (isJoiner(cp) && i + width < n && Character.isLetterOrDigit(text.codePointAt(i + width))) {
                    h = 31 * h + joined(cp);
                    i += width;
                } else {
                    break;
                }
            }
            tokens.add(begin, i, h);
        }
        return tokens;
    }

    /** How many words the text has. */
    public int size() {
        return size;
    }

    /** Where word i begins in the text. */
    public int start(int i) {
        return start[i];
    }

    /** Where word i ends in the text (exclusive). */
    public int end(int i) {
        return end[i];
    }

    /** Whether word i begins with a capital letter: "Moscow", "U.S", not "iPhone" or "1990s". */
    public boolean capitalized(int i) {
        return Character.isUpperCase(text.codePointAt(start[i]));
    }

    /** Whether word i holds a digit: "1.8", "2026", "G7". */
    public boolean numeric(int i) {
        for (int c = start[i]; c < end[i]; c++) {
            if (Character.isDigit(text.charAt(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link String#hashCode()} of word i's lower-cased form (before any spelling map), computed in
     * the scan: comparing two texts word by word this way allocates no strings.
     */
    public int hash(int i) {
        return hash[i];
    }

    /** The hashes of every word, in order. */
    public int[] hashes() {
        return Arrays.copyOf(hash, size);
    }

    /** The normalised word i: lower case, straight apostrophes, the spelling map applied. */
    public String normal(int i) {
        String word = normal[i];
        if (word == null) {
            String lowered = lowered(start[i], end[i]);
            word = spelling.getOrDefault(lowered, lowered);
            normal[i] = word;
        }
        return word;
    }

    private String lowered(int from, int to) {
        if (isAscii(from, to)) {
            // Exactly the per-character mapping below, without the builder: ASCII lower-cases alone.
            return text.substring(from, to).toLowerCase(Locale.ROOT);
        }
        StringBuilder word = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else {
                word.append(joined(cp));
            }
            i += Character.charCount(cp);
        }
        return word.toString();
    }

    private boolean isAscii(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** String.hashCode's step for one code point (two steps for a surrogate pair). */
    private static int hashStep(int h, int cp) {
        if (Character.isBmpCodePoint(cp)) {
            return 31 * h + cp;
        }
        return 31 * (31 * h + Character.highSurrogate(cp)) + Character.lowSurrogate(cp);
    }

    private static char joined(int cp) {
        return cp == '’' || cp == '‘' ? '\'' : (char) cp;
    }

    /** Every normalised word, in order. */
    public List<String> normals() {
        List<String> words = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            words.add(normal(i));
        }
        return words;
    }

    /** The normalised words of a phrase (a lexicon entry), split exactly as text is. */
    public static String[] wordsOf(String phrase, Map<String, String> spelling) {
        Tokens tokens = of(phrase, spelling);
        return tokens.normals().toArray(String[]::new);
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == '-' || cp == '.';
    }

    private void add(int s, int e, int h) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            hash = Arrays.copyOf(hash, size * 2);
            normal = Arrays.copyOf(normal, size * 2);
        }
        start[size] = s;
        end[size] = e;
        hash[size] = h;
        size++;
    }

    /** Lower case as the scan folds it, for entries (a spelling map's keys) compared with normalised words. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
