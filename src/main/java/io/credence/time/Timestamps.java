package io.credence.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Current time, from the service's clock ({@link ClockProducer}), at the precision both databases
 * store, so a response never shows more than is kept. Within a transaction it is one instant: the
 * rows a change writes and the audit event recording it carry the same time, so the trail holds a
 * claim as of the instant it says it was created. Injected wherever a timestamp is written; tests
 * move time on by replacing the clock.
 */
@ApplicationScoped
public class Timestamps {

    /** The key of this transaction's instant among the transaction's resources. */
    private static final Object KEY = new Object();

    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    Timestamps(Clock clock, TransactionSynchronizationRegistry transactions) {
        this.clock = clock;
        this.transactions = transactions;
    }

    public Instant now() {
        if (transactions.getTransactionKey() == null) {
            return fresh();
        }
        Instant at = (Instant) transactions.getResource(KEY);
        if (at == null) {
            at = fresh();
            transactions.putResource(KEY, at);
        }
        return at;
    }

    private Instant fresh() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
