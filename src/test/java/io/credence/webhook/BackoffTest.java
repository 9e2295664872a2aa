package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Retries double up to the bound, each drawn between half and whole, so failed receivers are not all retried at once. */
@QuarkusTest
class BackoffTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    WebhookConfig config;

    @Test
    void eachWaitIsBetweenHalfAndWholeOfItsDoubling() {
        for (int attempts = 1; attempts <= 40; attempts++) {
            long whole = Math.min(
                    config.initialBackoff().toMillis() << Math.min(attempts - 1, 30),
                    config.maxBackoff().toMillis());
            Set<Long> drawn = new HashSet<>();
            for (int i = 0; i < 50; i++) {
                long wait = dispatcher.backoff(attempts).toMillis();
                assertTrue(
                        wait >= whole / 2 && wait <= whole,
                        attempts + " attempts: " + wait + " not in [" + whole / 2 + ", " + whole + "]");
                drawn.add(wait);
            }
            assertTrue(drawn.size() > 1, "jittered, not fixed: " + drawn);
        }
        assertTrue(dispatcher.backoff(1).compareTo(Duration.ZERO) > 0);
    }
}
