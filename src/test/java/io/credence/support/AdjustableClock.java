package io.credence.support;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved on by as much as a test says: installed in place of the service's clock, it
 * lets a test put time between two moments without sleeping (and without guessing how long is enough).
 */
public final class AdjustableClock extends Clock {

    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** Installs a new one as the service's clock for the current test. */
    public static AdjustableClock install() {
        AdjustableClock clock = new AdjustableClock();
        QuarkusMock.installMockForType(clock, Clock.class);
        return clock;
    }

    public void advance(Duration by) {
        ahead.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
