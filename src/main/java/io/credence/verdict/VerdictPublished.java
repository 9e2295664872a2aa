package io.credence.verdict;

import io.credence.webhook.EventPayload;
import io.credence.webhook.EventType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of {@code claim.verdict-published}. */
@Schema(
        name = "ClaimVerdictPublishedEvent",
        description = "The data of claim.verdict-published: a fact-checker published a verdict on a claim.")
public record VerdictPublished(
        @Schema(description = "The claim.") UUID claimId,
        @Schema(description = "The verdict.") UUID verdictId,

        @Schema(description = "Its ClaimReview rating, 1 (false) to 5 (true).")
        int rating,

        @Schema(description = "Its label, as published.") String label,

        @Schema(description = "The rating the engine computes from the evidence, 1 to 5.")
        int computedRating)
        implements EventPayload {

    @Override
    public EventType type() {
        return EventType.CLAIM_VERDICT_PUBLISHED;
    }
}
