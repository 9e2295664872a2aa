package io.credence.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Current time at the precision both databases store, so a response never shows more than is kept. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
