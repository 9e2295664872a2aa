package io.credence.language;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences with ICU's sentence break rules (Unicode UAX #29) and its English
 * abbreviation suppressions ({@code en@ss=standard}): "Mr. Smith", "U.S. officials" and "1.8 tons"
 * stay whole, while a line break ends a sentence, so a headline, a bullet or a numbered list item
 * is a sentence of its own rather than glued to the next line (the JDK's BreakIterator joined an
 * article's title, first line and five bullets into one 919-character sentence). Thread-safe: each
 * call works on its own copy of the compiled rules.
 */
public final class Sentences {

    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    /** A list item's number alone: "1." or "2)" that ICU ends a sentence after. */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*\\(?\\d{1,3}[.)]\\s*");
    /**
     * Abbreviations before a capitalized word that ICU's suppressions miss ("the U.S. Treasury"):
     * a break after one of them, within a line, is no sentence end.
     */
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:^|[\\s(])(?:U\\.S|U\\.K|U\\.N|E\\.U|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|St|No|Nos|Inc|Corp|Ltd|Co|Jr|Sr|vs|approx)\\.\\s*$");

    private Sentences() {
    }

    /** A sentence as {@code text.substring(start, end)}, trailing white space included. */
    public record Span(int start, int end) {
    }

    /** Whether the break at {@code to} is no sentence end: after a bare list number or an abbreviation, within a line. */
    private static boolean continuesAfter(String text, int start, int to) {
        String piece = text.substring(start, to);
        if (piece.endsWith("\n") || piece.endsWith("\r")) {
            return false;
        }
        return LIST_NUMBER.matcher(piece).matches() || ABBREVIATION_END.matcher(piece).find();
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
