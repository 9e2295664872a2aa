package io.credence.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes an event for the stream in the transaction of the change it announces, when a stream is
 * configured: a change that rolls back announces nothing, and an event survives a restart until the
 * server has acknowledged it ({@link StreamPublisher}).
 */
@ApplicationScoped
public class StreamOutbox {

    private final StreamConfig config;
    private final ObjectMapper json;

    StreamOutbox(StreamConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** Queues the event unless no stream is configured. The body is the webhooks' with the event's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String event, Object data, Instant occurredAt) {
        if (!config.enabled()) {
            return;
        }
        StreamEntry entry = new StreamEntry();
        entry.id = UUID.randomUUID();
        entry.event = event;
        entry.payload = EventBody.json(json, "eventId", entry.id, event, occurredAt, data);
        entry.status = StreamEntry.PENDING;
        entry.attempts = 0;
        entry.nextAttemptAt = occurredAt;
        entry.createdAt = occurredAt;
        entry.persist();
    }
}
