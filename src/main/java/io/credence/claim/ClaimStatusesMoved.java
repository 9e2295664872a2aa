package io.credence.claim;

import io.credence.assessment.Status;
import java.util.List;
import java.util.UUID;

/**
 * Fired (synchronously, in the transaction that stores them) when the engine moves claims' statuses:
 * what relied on a claim's status, such as a published article, learns of it before that commits.
 * One event for a batch, so an observer can look its claims up in one query.
 */
public record ClaimStatusesMoved(List<Move> moves, String cause) {

    public record Move(UUID claimId, Status from, Status to) {}
}
