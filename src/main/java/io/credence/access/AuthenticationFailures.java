package io.credence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed authentications in fixed windows, per client address and per key prefix: a client
 * that fails {@code credence.auth.failures-per-window} times within {@code credence.auth.failure-window}
 * is answered 429 on every request that carries a key until its window ends, without looking the key
 * up; a key prefix that fails as often, from any addresses, has its failures answered 429 instead of
 * 401 (a valid key with that prefix still works: a prefix is no secret, so it must not lock a key out).
 * Keys are long random strings, so this is against floods (each unknown key costs a database lookup
 * and a log line), not guessing. Clients behind one address share a count (docs/SECURITY.md).
 */
@ApplicationScoped
public class AuthenticationFailures {

    /** Windows of clients not seen for this many windows are dropped, so the map stays small. */
    private static final int FORGET_AFTER_WINDOWS = 2;

    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long startNanos, int failures) {}

    private final int allowed;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    AuthenticationFailures(
            @ConfigProperty(name = "credence.auth.failures-per-window") int allowed,
            @ConfigProperty(name = "credence.auth.failure-window") Duration window) {
        this(allowed, window, System::nanoTime);
    }

    AuthenticationFailures(int allowed, Duration window, LongSupplier clock) {
        if (allowed < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "credence.auth.failures-per-window must be at least 1 and the window positive");
        }
        this.allowed = allowed;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    /** Seconds until the client (an address, or a key prefix's bucket) may try again, or 0 when it may now. */
    public long retryAfterSeconds(String client) {
        Window w = windows.get(client);
        long now = clock.getAsLong();
        if (w == null || now - w.startNanos() >= windowNanos || w.failures() < allowed) {
            return 0;
        }
        long remaining = w.startNanos() + windowNanos - now;
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }

    /** Records one failed authentication of the client. */
    public void failed(String client) {
        long now = clock.getAsLong();
        windows.compute(
                client,
                (c, w) -> w == null || now - w.startNanos() >= windowNanos
                        ? new Window(now, 1)
                        : new Window(w.startNanos(), w.failures() + 1));
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> now - w.startNanos() >= FORGET_AFTER_WINDOWS * windowNanos);
        }
    }
}
