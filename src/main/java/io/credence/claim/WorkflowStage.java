package io.credence.claim;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a claim stands in the desk's work: NEW → IN_REVIEW → PUBLISHED, and back to IN_REVIEW. The
 * API calls it the claim's workflow state; in the code a *State is what the audit trail records.
 */
@Schema(name = "WorkflowState")
public enum WorkflowStage {
    NEW,
    IN_REVIEW,
    PUBLISHED;

    private static final Map<WorkflowStage, Set<WorkflowStage>> NEXT = Map.of(
            NEW, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(IN_REVIEW, PUBLISHED),
            PUBLISHED, Set.of(IN_REVIEW));

    public boolean canMoveTo(WorkflowStage next) {
        return NEXT.get(this).contains(next);
    }
}
