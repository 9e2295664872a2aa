package io.credence.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the audit trail records it: where and what is sent, never the signing secret. */
public record WebhookState(
        UUID id,
        String url,
        List<String> events,
        Instant createdAt,
        String createdBy,
        Instant removedAt,
        String removedBy) {

    static WebhookState of(Webhook w) {
        return new WebhookState(w.id, w.url, w.eventList(), w.createdAt, w.createdBy, w.removedAt, w.removedBy);
    }
}
