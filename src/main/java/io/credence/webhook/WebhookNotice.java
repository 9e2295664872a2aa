package io.credence.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a webhook delivery as the OpenAPI description publishes it: what {@link
 * io.credence.stream.EventBody} writes with the delivery's id ({@code WebhookSchemaTest} holds the two
 * together).
 */
@Schema(
        name = "WebhookNotice",
        description = "The body POSTed to a webhook. Its HMAC-SHA256 is in the X-Credence-Signature header; "
                + "an answer other than 2xx is retried with the same body and deliveryId (docs/API.md).")
public record WebhookNotice(
        @Schema(description = "The delivery: the same at every attempt, so a receiver can ignore repeats.")
        UUID deliveryId,

        @Schema(description = "The event's name.") EventType event,
        @Schema(description = "When the change was made.") Instant occurredAt,

        @Schema(type = SchemaType.OBJECT, description = "The event's data: one schema per event, under webhooks.")
        EventPayload data) {}
