package io.credence.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadedAheadTest {

    private final ExecutorService loaders = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        loaders.shutdownNow();
    }

    @Test
    void theTakerGetsWhatWasLoadedAheadOnceAndWaitsForItWhileItLoads() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        Object ahead = new Object();
        LoadedAhead.start(
                "test-wait",
                () -> {
                    loads.incrementAndGet();
                    await(release);
                    return ahead;
                },
                loaders);

        Thread taker = new Thread(() -> assertSame(ahead, LoadedAhead.take("test-wait", Object::new)));
        taker.start();
        taker.join(200);
        assertTrue(taker.isAlive(), "the taker waits while the value loads");
        release.countDown();
        taker.join(5_000);

        assertNotSame(ahead, LoadedAhead.take("test-wait", Object::new), "handed out once: the next taker loads anew");
        assertEquals(1, loads.get());
    }

    @Test
    void nothingStartedMeansTheTakerLoadsItself() {
        Object loaded = new Object();
        assertSame(loaded, LoadedAhead.take("test-never-started", () -> loaded));
    }

    @Test
    void aFailureWhileLoadingAheadIsThrownToTheTakerAsItWas() {
        LoadedAhead.start(
                "test-broken",
                () -> {
                    throw new IllegalStateException("models/broken.tribuo is not a classification model");
                },
                loaders);

        IllegalStateException thrown =
                assertThrows(IllegalStateException.class, () -> LoadedAhead.take("test-broken", Object::new));
        assertEquals("models/broken.tribuo is not a classification model", thrown.getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
