package io.credence.persistence;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Current time, from the service's clock ({@link ClockProducer}), at the precision both databases store, so a response never shows more than is kept.
 * Within a transaction it is one instant: the rows a change writes and the audit event recording
 * it carry the same time, so the trail holds a claim as of the instant it says it was created.
 */
public final class Timestamps {

    private static final Object KEY = new Object();

    private Timestamps() {
    }

    public static Instant now() {
        TransactionSynchronizationRegistry transaction = currentTransaction();
        if (transaction == null) {
            return fresh();
        }
        Instant at = (Instant) transaction.getResource(KEY);
        if (at == null) {
            at = fresh();
            transaction.putResource(KEY, at);
        }
        return at;
    }

    private static Instant fresh() {
        ArcContainer container = Arc.container();
        Clock clock = container == null || !container.isRunning() ? Clock.systemUTC() : container.instance(Clock.class).get();
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The registry of the transaction this thread is in, or null outside one (or outside the container). */
    private static TransactionSynchronizationRegistry currentTransaction() {
        ArcContainer container = Arc.container();
        if (container == null || !container.isRunning()) {
            return null;
        }
        TransactionSynchronizationRegistry registry = container.instance(TransactionSynchronizationRegistry.class).get();
        return registry != null && registry.getTransactionKey() != null ? registry : null;
    }
}
