package io.credence.claim;

import io.credence.assessment.Status;
import io.credence.webhook.EventPayload;
import io.credence.webhook.EventType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of {@code claim.registered}. */
@Schema(name = "ClaimRegisteredEvent", description = "The data of claim.registered: a claim was registered.")
public record ClaimRegistered(
        @Schema(description = "The new claim.") UUID claimId,
        @Schema(description = "Its text as registered.") String text,

        @Schema(description = "Its status at registration (UNVERIFIED, or RUMOUR for rumour-grade wording).")
        Status status)
        implements EventPayload {

    @Override
    public EventType type() {
        return EventType.CLAIM_REGISTERED;
    }
}
