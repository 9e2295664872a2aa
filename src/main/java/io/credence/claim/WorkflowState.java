package io.credence.claim;

import java.util.Map;
import java.util.Set;

/** Where a claim stands in the desk's work: NEW → IN_REVIEW → PUBLISHED, and back to IN_REVIEW. */
public enum WorkflowState {
    NEW,
    IN_REVIEW,
    PUBLISHED;

    private static final Map<WorkflowState, Set<WorkflowState>> NEXT = Map.of(
            NEW, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(IN_REVIEW, PUBLISHED),
            PUBLISHED, Set.of(IN_REVIEW));

    public boolean canMoveTo(WorkflowState next) {
        return NEXT.get(this).contains(next);
    }
}
