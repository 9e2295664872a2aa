package io.credence.assessment;

/** What became of an evidence item in an assessment. */
public enum ItemRole {
    /** Counted: its contribution is added to r (SUPPORTS) or s (REFUTES). */
    COUNTED,
    /** Passes on the report of an origin already counted (by citation, however long the chain): counted once. */
    REPEAT,
    /** Near-identical to an earlier item's excerpt: the same origin, counted once (rule 2). */
    COPY,
    /**
     * A supporting (or refuting) item from another origin that adds less than the strongest
     * credibility-1 item already claims as its confirmation elsewhere; it is that confirmation,
     * so it is not counted a second time.
     */
    CORROBORATION,
    /** Below the grade the status needs (rule 1): listed, adds nothing. */
    BELOW_BOUND,
    /** Replaced by a later item of the same source and origin with the opposite stance: a correction (rule 6). */
    SUPERSEDED,
    /** Repeats or copies a report its origin withdrew (rule 5). */
    REPEATS_WITHDRAWN,
    /** Context: bears on the claim without supporting or refuting it. */
    CONTEXT,
    /** Withdrawn: kept on record, counts for nothing. */
    WITHDRAWN
}
