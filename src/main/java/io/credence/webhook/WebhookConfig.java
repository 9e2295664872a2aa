package io.credence.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook delivery settings ({@code credence.webhooks.*}). */
@ConfigMapping(prefix = "credence.webhooks")
public interface WebhookConfig {

    /** Allow private, loopback and link-local targets (for tests and closed networks only). */
    @WithDefault("false")
    boolean allowPrivate();

    /** Attempts before a delivery is given up as FAILED. */
    @WithDefault("10")
    int maxAttempts();

    /**
     * Wait after the first failure; it doubles after each further one, up to maxBackoff, and each
     * wait is drawn between its half and its whole, so receivers that failed together do not all come
     * back at once.
     */
    @WithDefault("2s")
    Duration initialBackoff();

    @WithDefault("30m")
    Duration maxBackoff();

    /** How long a dispatcher holds a delivery it is sending before another may try it. */
    @WithDefault("60s")
    Duration lease();

    /** How often the dispatcher looks for due deliveries (read by its @Scheduled expression; at least 1s). */
    @WithDefault("1s")
    String dispatchEvery();

    /** Deliveries a dispatcher reads at a time; a round goes on until nothing is due. */
    @WithDefault("20")
    int batch();

    /** Deliveries a dispatcher sends at once: one slow receiver holds one of them, not the round. */
    @WithDefault("4")
    int parallel();

    /**
     * How long a round waits for its sends before the next one begins without the stragglers. A
     * subscriber with a send still out gets nothing more until it ends; one whose last send took
     * longer than this gets one send at a time, so a receiver that does not answer holds one sender
     * for an answer timeout, not every subscriber's notices.
     */
    @WithDefault("2s")
    Duration roundWait();

    /** The longest a receiver may take to accept a connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** The longest a receiver may take to answer once connected. */
    @WithDefault("10s")
    Duration answerTimeout();

    /**
     * At a stop, how long the sends in flight may take to finish and be recorded before they are
     * abandoned and released for another attempt at once. At least the answer timeout, nothing a
     * stop interrupts was answered, so nothing is sent twice.
     */
    @WithDefault("10s")
    Duration stopGrace();
}
