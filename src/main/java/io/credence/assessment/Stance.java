package io.credence.assessment;

/** How an evidence item bears on its claim. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    /** Adds context without speaking for or against the claim. */
    CONTEXT
}
