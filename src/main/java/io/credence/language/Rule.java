package io.credence.language;

/** The context rule a lexicon entry is subject to, beyond negation and quotation, which apply to all. */
enum Rule {
    NONE,
    /** Not a flag when a named source is the subject just before the cue. */
    ATTRIBUTION,
    /** A modal verb: counts only in a claim-making sentence. */
    MODAL;

    static Rule parse(String text) {
        return switch (text.strip()) {
            case "-", "" -> NONE;
            case "attribution" -> ATTRIBUTION;
            case "modal" -> MODAL;
            default -> throw new IllegalArgumentException("unknown rule '" + text + "'");
        };
    }
}
