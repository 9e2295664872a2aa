package io.credence.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Unknown keys are refused without a stack trace in the log each (10 requests, 17 KB of log). */
@QuarkusTest
class UnknownKeyLoggingTest {

    @Test
    void tenUnknownKeysLeaveNoWarningsOrStackTraces() {
        List<LogRecord> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue() || record.getThrown() != null) {
                    synchronized (seen) {
                        seen.add(record);
                    }
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (int i = 0; i < 10; i++) {
                given().header("Authorization", "Bearer unknown-key-" + i)
                        .get("/claims")
                        .then()
                        .statusCode(401);
            }
        } finally {
            root.removeHandler(capture);
        }
        assertEquals(
                List.of(),
                seen.stream()
                        .map(r -> r.getLoggerName() + ": " + r.getMessage())
                        .toList());
    }
}
