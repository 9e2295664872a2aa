package io.credence.claim;

import io.credence.webhook.EventPayload;
import io.credence.webhook.EventType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of {@code claim.workflow-changed}. */
@Schema(
        name = "ClaimWorkflowChangedEvent",
        description = "The data of claim.workflow-changed: a claim moved in the desk's workflow.")
public record ClaimWorkflowChanged(
        @Schema(description = "The claim.") UUID claimId,
        @Schema(description = "The state it left.") WorkflowStage from,
        @Schema(description = "The state it is in now.") WorkflowStage to,

        @Schema(description = "Who it is assigned to now, or null.", nullable = true)
        String assignee)
        implements EventPayload {

    @Override
    public EventType type() {
        return EventType.CLAIM_WORKFLOW_CHANGED;
    }
}
