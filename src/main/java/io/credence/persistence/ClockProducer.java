package io.credence.persistence;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The service's one clock (issue 12): every timestamp it writes is read from this bean through
 * {@link Timestamps}, so a test can move time on instead of sleeping (tests install an adjustable clock
 * in its place; it is normal-scoped for that reason).
 */
public class ClockProducer {

    /** Unremovable: Timestamps looks it up by type, which Arc's removal of unused beans cannot see. */
    @Produces
    @ApplicationScoped
    @Unremovable
    Clock clock() {
        return Clock.systemUTC();
    }
}
