package io.credence.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into sentences with ICU's sentence break rules (Unicode UAX #29) and its English
 * abbreviation suppressions ({@code en@ss=standard}): "Mr. Smith", "U.S. officials" and "1.8 tons"
 * stay whole, while a line break ends a sentence, so a headline, a bullet or a numbered list item
 * is a sentence of its own rather than glued to the next line (the JDK's BreakIterator joined an
 * article's title, first line and five bullets into one 919-character sentence). Thread-safe: each
 * call works on its own copy of the compiled rules.
 */
public final class Sentences {

    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    /**
     * Abbreviations (without their final full stop) before which ICU ends a sentence although none
     * ends: "the U.S. Treasury", "Gen. Smith", "Acme Inc. said". Matched case-sensitively.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "U.S", "U.K", "U.N", "E.U", "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov",
            "Sen", "Rep", "Rev", "St", "No", "Nos", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "vs", "approx");

    private static final int LONGEST_LIST_NUMBER = 3;
    /** The longest entry of ABBREVIATIONS, in characters. */
    private static final int LONGEST_ABBREVIATION = 6;

    private Sentences() {}

    /** A sentence as {@code text.substring(start, end)}, trailing white space included. */
    public record Span(int start, int end) {}

    /** Whether the break at {@code to} is no sentence end: after a bare list number or an abbreviation, within a line. */
    private static boolean continuesAfter(String text, int start, int to) {
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            char c = text.charAt(end - 1);
            if (c == '\n' || c == '\r') {
                return false;
            }
            end--;
        }
        if (end == start || (text.charAt(end - 1) != '.' && text.charAt(end - 1) != ')')) {
            return false;
        }
        // The word before the final "." or ")": from the last white space or opening parenthesis.
        // Only short words are list numbers or abbreviations, so nothing longer is copied.
        int word = end - 1;
        while (word > start
                && end - 1 - word <= LONGEST_ABBREVIATION
                && !Character.isWhitespace(text.charAt(word - 1))
                && text.charAt(word - 1) != '(') {
            word--;
        }
        int length = end - 1 - word;
        if (length > LONGEST_ABBREVIATION
                || (word > start && !Character.isWhitespace(text.charAt(word - 1)) && text.charAt(word - 1) != '(')) {
            return false;
        }
        if (isNumber(text, word, end - 1) && isBlank(text, start, word)) {
            return true;
        }
        return text.charAt(end - 1) == '.' && ABBREVIATIONS.contains(text.substring(word, end - 1));
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String text, int from, int to) {
        if (to <= from || to - from > LONGEST_LIST_NUMBER) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static List<Span> of(String text) {
        BreakIterator boundaries = (BreakIterator) PROTOTYPE.clone();
        boundaries.setText(text);
        List<Span> spans = new ArrayList<>();
        int start = boundaries.first();
        for (int to = boundaries.next(); to != BreakIterator.DONE; to = boundaries.next()) {
            if (to < text.length() && continuesAfter(text, start, to)) {
                continue;
            }
            spans.add(new Span(start, to));
            start = to;
        }
        return spans;
    }
}
