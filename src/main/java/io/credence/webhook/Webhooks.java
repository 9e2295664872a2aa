package io.credence.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.stream.EventBody;
import io.credence.stream.StreamOutbox;
import io.credence.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The outbox: announces a change to every webhook subscribed to it, and to the event stream when one
 * is configured, in the change's transaction.
 */
@ApplicationScoped
public class Webhooks {

    public static final String CLAIM_REGISTERED = "claim.registered";
    public static final String CLAIM_STATUS_CHANGED = "claim.status-changed";
    public static final String CLAIM_VERDICT_PUBLISHED = "claim.verdict-published";
    public static final String CLAIM_WORKFLOW_CHANGED = "claim.workflow-changed";
    public static final String EVIDENCE_ADDED = "evidence.added";
    /** A signed audit checkpoint (docs/AUDIT.md): subscribers keep copies the service cannot take back. */
    public static final String AUDIT_CHECKPOINT = "audit.checkpoint";
    /** A claim an article relied on moved in a way that may need a correction (docs/NEWSROOM.md). */
    public static final String ARTICLE_REVIEW_NEEDED = "article.review-needed";

    public static final Set<String> EVENTS = Set.of(
            CLAIM_REGISTERED,
            CLAIM_STATUS_CHANGED,
            CLAIM_VERDICT_PUBLISHED,
            CLAIM_WORKFLOW_CHANGED,
            EVIDENCE_ADDED,
            AUDIT_CHECKPOINT,
            ARTICLE_REVIEW_NEEDED);

    private final ObjectMapper json;
    private final Timestamps timestamps;
    private final StreamOutbox stream;

    Webhooks(ObjectMapper json, Timestamps timestamps, StreamOutbox stream) {
        this.json = json;
        this.timestamps = timestamps;
        this.stream = stream;
    }

    /** Writes one delivery per subscribed webhook, in the live lane; they go out only if this transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(String event, Map<String, ?> data) {
        emitAll(event, List.of(data));
    }

    /**
     * Queues one delivery per subscriber for each of several occurrences of an event (one subscriber
     * query). Several at once are a bulk change (a re-rating's batch, one move fanned out to many
     * articles): they go in the bulk lane, so that they do not hold the notices of single changes
     * behind them; one alone is live.
     */
    public void emitAll(String event, List<? extends Map<String, ?>> occurrences) {
        if (occurrences.isEmpty()) {
            return;
        }
        String lane = occurrences.size() == 1 ? WebhookDelivery.LIVE : WebhookDelivery.BULK;
        List<Webhook> subscribed = Webhook.<Webhook>list("removedAt is null").stream()
                .filter(w -> w.eventList().contains(event))
                .toList();
        Instant now = timestamps.now();
        for (Map<String, ?> data : occurrences) {
            queue(subscribed, event, data, now, lane);
            stream.queue(event, data, now);
        }
    }

    private void queue(List<Webhook> subscribed, String event, Map<String, ?> data, Instant now, String lane) {
        for (Webhook webhook : subscribed) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.webhookId = webhook.id;
            delivery.event = event;
            delivery.lane = lane;
            delivery.payload = EventBody.json(json, "deliveryId", delivery.id, event, now, data);
            delivery.status = WebhookDelivery.PENDING;
            delivery.attempts = 0;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
        }
    }

    /** An event's data from key, value pairs (values may be null). */
    public static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }
}
