package io.credence.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a text, found in one pass: maximal runs of letters and digits, joined across an
 * apostrophe, hyphen or full stop that stands between two of them ("can't", "so-called", "U.S").
 * Offsets index the original string; each word also has a normalized form (lower case, curly
 * apostrophes straightened, British spelling mapped to American) on which cues are matched.
 */
final class Tokens {

    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    String[] normal = new String[64];

    private Tokens() {
    }

    static Tokens of(String text, Map<String, String> spelling) {
        Tokens tokens = new Tokens();
        StringBuilder word = new StringBuilder(24);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int begin = i;
            word.setLength(0);
            while (i < n) {
                cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    word.appendCodePoint(Character.toLowerCase(cp));
                    i += width;
                } else if (isJoiner(cp) && i + width < n && Character.isLetterOrDigit(text.codePointAt(i + width))) {
                    word.append(cp == '’' || cp == '‘' ? '\'' : (char) cp);
                    i += width;
                } else {
                    break;
                }
            }
            String normal = word.toString();
            tokens.add(begin, i, spelling.getOrDefault(normal, normal));
        }
        return tokens;
    }

    /** The normalized words of a lexicon phrase, split exactly as text is. */
    static String[] wordsOf(String phrase, Map<String, String> spelling) {
        Tokens tokens = of(phrase, spelling);
        return Arrays.copyOf(tokens.normal, tokens.size);
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '‘' || cp == '-' || cp == '.';
    }

    private void add(int s, int e, String n) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            normal = Arrays.copyOf(normal, size * 2);
        }
        start[size] = s;
        end[size] = e;
        normal[size] = n;
        size++;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
