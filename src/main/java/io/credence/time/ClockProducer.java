package io.credence.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The service's one clock: every timestamp it writes is read from this bean through
 * {@link Timestamps}, so a test can move time on instead of sleeping (tests install an adjustable clock
 * in its place; it is normal-scoped for that reason).
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
