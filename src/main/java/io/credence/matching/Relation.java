package io.credence.matching;

/** How a registered claim stands to the text it was found for (docs/MATCHING.md, "Relations"). */
public enum Relation {
    /** Says the same: the desk's earlier check answers the text. */
    SAME,
    /** Same subject, a different or opposite fact (a number, a material, a negation): worth a look, not an answer. */
    CONTRADICTS,
    /** Same topic, or only alike in words. */
    RELATED
}
