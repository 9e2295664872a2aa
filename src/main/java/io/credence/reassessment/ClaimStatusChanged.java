package io.credence.reassessment;

import io.credence.assessment.Status;
import io.credence.webhook.EventPayload;
import io.credence.webhook.EventType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of {@code claim.status-changed}. */
@Schema(
        name = "ClaimStatusChangedEvent",
        description = "The data of claim.status-changed: a claim's computed status moved.")
public record ClaimStatusChanged(
        @Schema(description = "The claim.") UUID claimId,
        @Schema(description = "The status it had.") Status from,
        @Schema(description = "The status it has now.") Status to,

        @Schema(description = "The probability reported with the new status.")
        double probability)
        implements EventPayload {

    @Override
    public EventType type() {
        return EventType.CLAIM_STATUS_CHANGED;
    }
}
