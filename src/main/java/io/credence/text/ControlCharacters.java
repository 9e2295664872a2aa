package io.credence.text;

/**
 * Refuses text the service cannot store faithfully or hash unambiguously, wherever text comes in (the
 * path and query parameters, JSON bodies, imported feeds). Refused: NUL (PostgreSQL cannot store or even compare text holding one),
 * the other C0 control characters but tab, line feed and carriage return (0x1F separates the
 * fields of an audit event's hash input, so a reason holding one could move a field boundary),
 * and UTF-16 surrogates without their pair (not Unicode text).
 */
public final class ControlCharacters {

    /** What a refusal says of the text: read by clients as the rule broken. */
    public static final String REFUSAL =
            "must not contain NUL, control characters other than tab and line breaks, " + "or unpaired surrogates";

    private ControlCharacters() {}

    /** Whether the text holds a character refused here. */
    public static boolean in(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
