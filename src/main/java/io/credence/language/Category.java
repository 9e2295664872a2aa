package io.credence.language;

/** Kinds of rumour-grade language. */
public enum Category {
    /** The claim travels by word of mouth: "rumor has it", "word is". */
    HEARSAY,
    /** A source is invoked but not named: "sources say", "people familiar with". */
    UNNAMED_SOURCE,
    /** Nobody in particular says it: "analysts think", "some say". */
    VAGUE_ATTRIBUTION,
    /** Possibility offered as news: "could", "can't be ruled out". */
    SPECULATION,
    /** The writer keeps their distance: "reportedly", "allegedly". */
    HEDGE,
    /** Vague or uncertain wording found by the learned model where no lexicon cue fired ("many believe", "is widely considered"). */
    VAGUE
}
