package io.credence.claim;

import java.util.UUID;

/**
 * Fired in the transaction that changes what the desk publishes on a claim: a new verdict, or a
 * published claim going back to review (its verdict is no longer served). {@code to} is null when
 * the verdict is withdrawn; {@code from} is null for the first one.
 */
public record VerdictChanged(UUID claimId, String from, String to, String reason) {

    /** A verdict as one value: "2 Mostly false". */
    public static String of(Integer rating, String label) {
        return rating == null ? null : rating + " " + label;
    }
}
