package io.credence.assessment;

/** What the confidence engine concludes about a claim. */
public enum Status {
    /** Too little evidence to say anything. */
    UNVERIFIED,
    /** Too little evidence, and the claim itself is worded as rumour. */
    RUMOUR,
    /** Substantial evidence both for and against. */
    CONTESTED,
    CONFIRMED,
    LIKELY_TRUE,
    UNPROVEN,
    LIKELY_FALSE,
    FALSE
}
