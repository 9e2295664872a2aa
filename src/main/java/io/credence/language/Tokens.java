package io.credence.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a text, found in one pass: maximal runs of letters and digits, joined across an
 * apostrophe, hyphen or full stop that stands between two of them ("can't", "so-called", "U.S").
 * Offsets index the original string; each word also has a normalized form (lower case, curly
 * apostrophes straightened, British spelling mapped to American) on which cues are matched.
 *
 * <p>The normalized form is built only when asked for: the scan keeps each word's
 * {@link String#hashCode()} of its lower-cased form, so the analyzer can skip the great majority
 * of words, which start no cue, without allocating or hashing a string for them.
 */
final class Tokens {

    private final String text;
    private final Map<String, String> spelling;
    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    /** {@code lowered(i).hashCode()}, computed during the scan. */
    int[] hash = new int[64];
    private String[] normal = new String[64];

    private Tokens(String text, Map<String, String> spelling) {
        this.text = text;
        this.spelling = spelling;
    }

    static Tokens of(String text, Map<String, String> spelling) {
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

    /** The normalized word i: lower case, straight apostrophes, American spelling. */
    String normal(int i) {
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

    /** The normalized words of a lexicon phrase, split exactly as text is. */
    static String[] wordsOf(String phrase, Map<String, String> spelling) {
        Tokens tokens = of(phrase, spelling);
        String[] words = new String[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            words[i] = tokens.normal(i);
        }
        return words;
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

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
