package io.credence.evidence;

import io.credence.assessment.Stance;
import io.credence.webhook.EventPayload;
import io.credence.webhook.EventType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of {@code evidence.added}. */
@Schema(name = "EvidenceAddedEvent", description = "The data of evidence.added: an item of evidence was attached.")
public record EvidenceAdded(
        @Schema(description = "The claim it bears on.") UUID claimId,
        @Schema(description = "The item.") UUID evidenceId,

        @Schema(description = "Whether it supports or refutes the claim, or gives context.")
        Stance stance,

        @Schema(description = "The source it comes from.") UUID sourceId)
        implements EventPayload {

    @Override
    public EventType type() {
        return EventType.EVIDENCE_ADDED;
    }
}
