package io.credence.console;

import io.credence.language.FlagResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A text cut into plain pieces and the pieces rumour flags mark, for highlighting. */
final class Marked {

    private Marked() {}

    /** A piece of the text; {@code flag} set where the piece is rumour-grade language. */
    public record Segment(String text, FlagResponse flag) {}

    /**
     * The pieces of {@code text}, whose first character is at {@code offset} in the text the flags were
     * found in. Flags outside it are skipped, and of overlapping cues the first is shown.
     */
    static List<Segment> segments(String text, int offset, List<FlagResponse> flags) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (FlagResponse flag : flags.stream()
                .sorted(Comparator.comparingInt(FlagResponse::start))
                .toList()) {
            int start = flag.start() - offset;
            int end = flag.end() - offset;
            if (start < at || end > text.length()) {
                continue;
            }
            if (start > at) {
                out.add(new Segment(text.substring(at, start), null));
            }
            out.add(new Segment(text.substring(start, end), flag));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null));
        }
        return out;
    }
}
