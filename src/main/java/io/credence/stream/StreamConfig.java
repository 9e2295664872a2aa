package io.credence.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The event stream for CMS fleets ({@code credence.stream.*}): NATS JetStream, off unless a server is named. */
@ConfigMapping(prefix = "credence.stream")
public interface StreamConfig {

    /** The NATS server(s), comma-separated (nats://host:4222); unset: no stream, nothing written for it. */
    Optional<String> natsUrl();

    /** The JetStream stream the events go to; made at start when it does not exist, its limits updated when it does. */
    @WithDefault("CREDENCE")
    String name();

    /** Subjects are this, a dot and the event: credence.claim.registered, credence.evidence.added … */
    @WithDefault("credence")
    String subjectPrefix();

    /** How long the stream keeps an event (JetStream limits retention): the furthest back a consumer can replay. */
    @WithDefault("30d")
    Duration maxAge();

    /** The most bytes the stream keeps, oldest dropped first; -1: no bound but the age. */
    @WithDefault("-1")
    long maxBytes();

    /** The server drops a message whose id it saw within this window: the longest a retried publish is recognised. */
    @WithDefault("10m")
    Duration duplicateWindow();

    /** How often the publisher looks for events to publish (read by its @Scheduled expression; at least 1s). */
    @WithDefault("1s")
    String publishEvery();

    /** Events taken at a time, published in order. */
    @WithDefault("200")
    int batch();

    /**
     * How long an instance holds events it is publishing before another may publish them. Shorter than
     * the duplicate window, so that a publish retried after a crash is still recognised as one.
     */
    @WithDefault("30s")
    Duration lease();

    /** The longest a publish may wait for the server's acknowledgement. */
    @WithDefault("5s")
    Duration ackTimeout();

    default boolean enabled() {
        return natsUrl().filter(url -> !url.isBlank()).isPresent();
    }

    default String subject(String event) {
        return subjectPrefix() + "." + event;
    }
}
