package io.credence.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook")
public record WebhookResponse(
        UUID id,

        @Schema(examples = "https://cms.example/hooks/credence")
        String url,

        List<String> events,
        Instant createdAt,
        String createdBy,

        @Schema(description = "When the subscription was ended (DELETE); absent while active.")
        Instant removedAt,

        String removedBy) {

    static WebhookResponse of(Webhook w) {
        return new WebhookResponse(w.id, w.url, w.eventList(), w.createdAt, w.createdBy, w.removedAt, w.removedBy);
    }
}
