package io.credence.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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
    public void queue(String event, Map<String, ?> data, Instant occurredAt) {
        if (!config.enabled()) {
            return;
        }
        StreamEntry entry = new StreamEntry();
        entry.id = UUID.randomUUID();
        entry.event = event;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", entry.id);
        body.put("event", event);
        body.put("occurredAt", occurredAt);
        body.put("data", data);
        entry.payload = serialize(body);
        entry.status = StreamEntry.PENDING;
        entry.attempts = 0;
        entry.nextAttemptAt = occurredAt;
        entry.createdAt = occurredAt;
        entry.persist();
    }

    private String serialize(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stream event cannot be serialized", e);
        }
    }
}
