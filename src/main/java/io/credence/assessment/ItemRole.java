package io.credence.assessment;

/** What became of an evidence item in an assessment. */
public enum ItemRole {
    /** Counted: its contribution is added to r (SUPPORTS) or s (REFUTES). */
    COUNTED,
    /** Another item of an origin and stance already counted: one witness, counted once. */
    REPEAT,
    /**
     * A supporting (or refuting) item from another origin that adds less than the strongest
     * credibility-1 item already claims as its confirmation elsewhere; it is that confirmation,
     * so it is not counted a second time.
     */
    CORROBORATION,
    /** Context: bears on the claim without supporting or refuting it. */
    CONTEXT,
    /** Withdrawn: kept on record, counts for nothing. */
    WITHDRAWN
}
