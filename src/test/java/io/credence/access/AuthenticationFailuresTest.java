package io.credence.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InetAddresses;
import io.credence.support.RoleKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A client that keeps failing to authenticate is slowed down: 429 with Retry-After, no lookups.
 * The client here is 127.0.0.2 (any 127.x address reaches the loopback), so the rest of the suite,
 * which sends from 127.0.0.1, keeps its own count.
 */
@QuarkusTest
class AuthenticationFailuresTest {

    /** A raw answer: the status and the headers block. */
    private record Answer(int status, String head) {
        String header(String name) {
            for (String line : head.split("\r\n", -1)) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).strip();
                }
            }
            return null;
        }
    }

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "credence.auth.failures-per-window")
    int allowed;

    @Test
    void aClientOverItsFailuresIsAnswered429UntilItsWindowEnds() throws Exception {
        String valid = RoleKeys.bearer(RoleKeys.As.EDITOR);
        given().header("Authorization", valid).get("/claims").then().statusCode(200);
        for (int i = 0; i < allowed; i++) {
            assertEquals(
                    401, fromOtherClient("/claims", "Bearer cred_unknown" + i).status());
        }
        Answer refused = fromOtherClient("/claims", "Bearer cred_unknown");
        assertEquals(429, refused.status(), refused.head());
        assertTrue(
                refused.head().toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"),
                refused.head());
        long seconds = Long.parseLong(refused.header("Retry-After"));
        assertTrue(seconds >= 1 && seconds <= 5, refused.head());
        // Until the window ends, a key from that address is not even looked up: a valid one waits too.
        assertEquals(429, fromOtherClient("/claims", valid).status());
        // Other clients are not affected, and a request without a key has no authentication to refuse.
        given().header("Authorization", valid).get("/claims").then().statusCode(200);
        assertEquals(200, fromOtherClient("/q/health/live", null).status());

        // refused until the window ends, then admitted (a refused request is not a failure that prolongs it)
        Awaitility.await("the window's end")
                .atMost(Duration.ofSeconds(seconds + 2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> fromOtherClient("/claims", valid).status() == 200);
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

    /**
     * One prefix failing from many addresses: its failures are answered 429, while other keys from
     * those addresses, and a valid key, are not held back.
     */
    @Test
    void aKeyPrefixFailingFromEverywhereIsAnswered429ButAValidKeyIsNot() throws Exception {
        String valid = RoleKeys.bearer(RoleKeys.As.AUDITOR);
        String prefix =
                "cred_Q" + (char) ('a' + (int) (System.nanoTime() % 26)) + "zz"; // the nine characters a listing shows
        // spread over 16 addresses, so that no address reaches its own bound
        for (int i = 0; i < allowed; i++) {
            assertEquals(
                    401,
                    from("127.0.1." + (i % 16 + 1), "/claims", "Bearer " + prefix + "unknown" + i)
                            .status());
        }
        Answer refused = from("127.0.2.1", "/claims", "Bearer " + prefix + "another");
        assertEquals(429, refused.status(), refused.head());
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
        assertEquals(
                401,
                from("127.0.2.1", "/claims", "Bearer cred_Other" + System.nanoTime())
                        .status(),
                "other prefixes are not");
        assertEquals(200, from("127.0.2.1", "/claims", valid).status(), "a valid key is never held back by its prefix");
    }

    private Answer fromOtherClient(String path, String authorization) throws IOException {
        return from("127.0.0.2", path, authorization);
    }

    /** A GET sent from another loopback address over a plain socket (the JDK's HTTP client cannot choose its local address). */
    private Answer from(String address, String path, String authorization) throws IOException {
        try (Socket socket =
                new Socket(InetAddress.getLoopbackAddress(), base.getPort(), InetAddresses.forString(address), 0)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? answer : answer.substring(0, headEnd);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head);
        }
    }
}
