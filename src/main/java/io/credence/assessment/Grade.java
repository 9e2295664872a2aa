package io.credence.assessment;

import java.util.Locale;

/**
 * An Admiralty grade: a source's reliability letter with an item's credibility number, written
 * the way desks say it ("B2"). A grade is at least another when both parts are as good or better
 * (A is better than B, 1 better than 2).
 */
public record Grade(Reliability reliability, int credibility) {

    public Grade {
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("credibility must be 1..6, was " + credibility);
        }
    }

    /** Reads "B2", "c3" and the like. */
    public static Grade parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.length() != 2 || t.charAt(0) < 'A' || t.charAt(0) > 'F' || t.charAt(1) < '1' || t.charAt(1) > '6') {
            throw new IllegalArgumentException("a grade is a letter A-F and a number 1-6, such as B2; was " + text);
        }
        return new Grade(Reliability.valueOf(t.substring(0, 1)), t.charAt(1) - '0');
    }

    public boolean atLeast(Grade bound) {
        return !reliability.weakerThan(bound.reliability) && credibility <= bound.credibility;
    }

    @Override
    public String toString() {
        return reliability.name() + credibility;
    }
}
