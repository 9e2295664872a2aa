package io.credence.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.stream.EventBody;
import io.credence.stream.StreamOutbox;
import io.credence.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The outbox: announces a change to every webhook subscribed to it, and to the event stream when one
 * is configured, in the change's transaction.
 */
@ApplicationScoped
public class Webhooks {

    /** The names of the events a webhook can subscribe to. */
    public static final Set<String> EVENTS =
            Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.toUnmodifiableSet());

    /** The key of this transaction's subscriptions among the transaction's resources. */
    private static final Object SUBSCRIPTIONS = new Object();

    private final ObjectMapper json;
    private final Timestamps timestamps;
    private final StreamOutbox stream;
    private final TransactionSynchronizationRegistry transactions;

    Webhooks(
            ObjectMapper json,
            Timestamps timestamps,
            StreamOutbox stream,
            TransactionSynchronizationRegistry transactions) {
        this.json = json;
        this.timestamps = timestamps;
        this.stream = stream;
        this.transactions = transactions;
    }

    /** Writes one delivery per subscribed webhook, in the live lane; they go out only if this transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emit(EventPayload data) {
        emitAll(data.type(), List.of(data));
    }

    /**
     * Queues one delivery per subscriber for each of several occurrences of an event (one subscriber
     * query). Several at once are a bulk change (a re-rating's batch, one move fanned out to many
     * articles): they go in the bulk lane, so that they do not hold the notices of single changes
     * behind them; one alone is live.
     */
    public void emitAll(EventType type, List<? extends EventPayload> occurrences) {
        if (occurrences.isEmpty()) {
            return;
        }
        String event = type.wireName();
        String lane = occurrences.size() == 1 ? WebhookDelivery.LIVE : WebhookDelivery.BULK;
        List<Webhook> subscribed =
                active().stream().filter(w -> w.eventList().contains(event)).toList();
        Instant now = timestamps.now();
        for (EventPayload data : occurrences) {
            queue(subscribed, type, data, now, lane);
            stream.queue(event, data, now);
        }
    }

    /**
     * The subscriptions not removed, read once per transaction: a change that moves a claim's status
     * announces two events (the evidence and the status), and asked the database twice.
     */
    @SuppressWarnings("unchecked")
    private List<Webhook> active() {
        if (transactions.getTransactionKey() == null) {
            return Webhook.list("removedAt is null");
        }
        List<Webhook> active = (List<Webhook>) transactions.getResource(SUBSCRIPTIONS);
        if (active == null) {
            active = Webhook.list("removedAt is null");
            transactions.putResource(SUBSCRIPTIONS, active);
        }
        return active;
    }

    private void queue(List<Webhook> subscribed, EventType type, EventPayload data, Instant now, String lane) {
        for (Webhook webhook : subscribed) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.webhookId = webhook.id;
            delivery.event = type.wireName();
            delivery.lane = lane;
            delivery.payload = EventBody.json(json, "deliveryId", delivery.id, type.wireName(), now, data);
            delivery.status = WebhookDelivery.PENDING;
            delivery.attempts = 0;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
        }
    }
}
