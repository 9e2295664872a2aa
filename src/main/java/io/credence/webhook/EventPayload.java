package io.credence.webhook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data of one event, as a record whose components are the members sent, in their order. The
 * record is what a webhook and the event stream send as the notice's {@code data}, and what the
 * OpenAPI description publishes as that event's schema.
 */
@Schema(description = "The data of an event: each webhook names its own schema.")
public interface EventPayload {

    /** The event this is the data of. */
    @JsonIgnore
    EventType type();
}
