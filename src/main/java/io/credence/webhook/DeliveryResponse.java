package io.credence.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to a webhook, with its attempts.")
public record DeliveryResponse(
        @Schema(description = "Also sent as X-Credence-Delivery; receivers ignore ids they have seen.")
        UUID id,

        @Schema(examples = "claim.verdict-published") String event,
        @Schema(examples = "DELIVERED") String status,

        @Schema(
                description = "LIVE: a change announced alone, sent first. BULK: one of many changes announced at once "
                        + "(a re-rating, a parameter change), sent in a share of every round.",
                examples = "LIVE",
                enumeration = {"LIVE", "BULK"})
        String lane,

        @Schema(examples = "2") int attempts,

        @Schema(description = "HTTP status of the last attempt.", examples = "200")
        Integer lastStatus,

        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt) {

    static DeliveryResponse of(WebhookDelivery d) {
        return new DeliveryResponse(
                d.id,
                d.event,
                d.status,
                d.lane,
                d.attempts,
                d.lastStatus,
                d.lastError,
                d.nextAttemptAt,
                d.createdAt,
                d.deliveredAt);
    }
}
