package io.credence.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The body every notice carries, by webhook or on the stream: its id under the name the channel gives
 * it (a webhook's {@code deliveryId}, the stream's {@code eventId}), the event, when it occurred and its
 * data, as the exact JSON stored and sent, so that every attempt sends the same bytes.
 */
public final class EventBody {

    private EventBody() {}

    public static String json(
            ObjectMapper json, String idField, UUID id, String event, Instant occurredAt, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(idField, id);
        body.put("event", event);
        body.put("occurredAt", occurredAt);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the body of " + event + " cannot be serialized", e);
        }
    }
}
