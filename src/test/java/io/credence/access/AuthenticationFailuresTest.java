package io.credence.access;

import static io.credence.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.RoleKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A client that keeps failing to authenticate is slowed down: 429 with Retry-After, no lookups. */
@QuarkusTest
@TestProfile(AuthenticationFailuresTest.FiveFailures.class)
class AuthenticationFailuresTest {

    public static class FiveFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("credence.auth.failures-per-window", "5", "credence.auth.failure-window", "2S");
        }
    }

    @Test
    void aClientOverItsFailuresIsAnswered429UntilItsWindowEnds() throws InterruptedException {
        String valid = RoleKeys.bearer(RoleKeys.As.EDITOR);
        for (int i = 0; i < 5; i++) {
            problem(given().header("Authorization", "Bearer cred_unknown" + i).get("/claims").then(), 401, "unauthorized");
        }
        String retryAfter = problem(given().header("Authorization", "Bearer cred_unknown").get("/claims").then(),
                429, "too-many-requests").extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 2, retryAfter);
        // Until the window ends, a key from that address is not even looked up: a valid one waits too.
        problem(given().header("Authorization", valid).get("/claims").then(), 429, "too-many-requests");
        // No key, no authentication to refuse.
        given().header(RoleKeys.ANONYMOUS, "yes").get("/q/health/live").then().statusCode(200);

        Thread.sleep(Duration.ofSeconds(seconds).toMillis() + 200);
        given().header("Authorization", valid).get("/claims").then().statusCode(200);
    }

    @Test
    void windowsAreCountedPerClientAndStartAfresh() {
        AtomicLong now = new AtomicLong();
        AuthenticationFailures failures = new AuthenticationFailures(2, Duration.ofSeconds(10), now::get);
        failures.failed("10.0.0.1");
        assertEquals(0, failures.retryAfterSeconds("10.0.0.1"));
        failures.failed("10.0.0.1");
        assertEquals(10, failures.retryAfterSeconds("10.0.0.1"));
        assertEquals(0, failures.retryAfterSeconds("10.0.0.2"), "another client is not affected");
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertEquals(1, failures.retryAfterSeconds("10.0.0.1"));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(0, failures.retryAfterSeconds("10.0.0.1"), "the window is over");
        failures.failed("10.0.0.1");
        assertEquals(0, failures.retryAfterSeconds("10.0.0.1"), "a new window counts from one");
    }
}
