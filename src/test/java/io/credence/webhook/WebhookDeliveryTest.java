package io.credence.webhook;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver on this machine's loopback checks every signature, answers 500 the first time it sees
 * a delivery id and 200 after: it sees each change retried and, counting ids, exactly once.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String SECRET = "test-secret-of-some-length";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the receiver saw: delivery id, event, the claim it is about, whether the signature held. */
    record Seen(String deliveryId, String event, String claimId, boolean signed, int answered) {}

    private HttpServer receiver;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("X-Credence-Delivery");
            boolean signed = Signature.of(SECRET, body)
                    .equals(exchange.getRequestHeaders().getFirst(Signature.HEADER));
            boolean firstTime = seen.stream().noneMatch(s -> s.deliveryId().equals(id));
            JsonNode payload = JSON.readTree(body);
            int answer = firstTime ? 500 : 200;
            seen.add(new Seen(
                    id,
                    payload.get("event").asText(),
                    payload.get("data").path("claimId").asText(),
                    signed,
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void signedRetriedAndOncePerCommittedChange() {
        String hook = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "events",
                        List.of(
                                "claim.registered",
                                "claim.verdict-published",
                                "claim.status-changed",
                                "evidence.added"),
                        "secret",
                        SECRET))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String claim = Api.createClaim(unique("Announced"));
        String etag = given().get("/claims/{id}", claim).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body(Map.of("rating", 1, "rationale", "Stale"))
                .put("/claims/{id}/verdict", claim)
                .then()
                .statusCode(412); // rolled back: announces nothing
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("rating", 2, "rationale", "Checked"))
                .put("/claims/{id}/verdict", claim)
                .then()
                .statusCode(200);
        // UNVERIFIED -> LIKELY_TRUE: one transaction announces two events to the one subscriber
        Api.addEvidence(claim, Api.createSource(unique("Wire"), "A"), "SUPPORTS", 1);

        awaitDelivered(s -> s.claimId().equals(claim), 4);
        List<Seen> mine = seen.stream().filter(s -> s.claimId().equals(claim)).toList();
        assertTrue(mine.stream().allMatch(Seen::signed), "every delivery carries a valid signature");
        List<String> delivered = mine.stream()
                .filter(s -> s.answered() == 200)
                .map(Seen::event)
                .sorted()
                .toList();
        assertEquals(
                List.of("claim.registered", "claim.status-changed", "claim.verdict-published", "evidence.added"),
                delivered);
        assertEquals(
                4,
                mine.stream()
                        .filter(s -> s.answered() == 200)
                        .map(Seen::deliveryId)
                        .distinct()
                        .count());
        for (Seen success : mine.stream().filter(s -> s.answered() == 200).toList()) {
            assertEquals(
                    2,
                    mine.stream()
                            .filter(s -> s.deliveryId().equals(success.deliveryId()))
                            .count(),
                    "tried once, failed, retried once");
        }
        given().get("/webhooks/{id}/deliveries", hook)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.status == 'DELIVERED' && it.attempts == 2 }.size()",
                        Matchers.greaterThanOrEqualTo(4));
    }

    @Test
    void refusesBadSubscriptions() {
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "url", "ftp://example.org/x", "events", List.of("claim.registered"), "secret", SECRET))
                        .post("/webhooks")
                        .then(),
                400,
                "validation");
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "url", "https://example.org/x", "events", List.of("claim.deleted"), "secret", SECRET))
                        .post("/webhooks")
                        .then(),
                400,
                "validation");
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of(
                                "url",
                                "https://example.org/x",
                                "events",
                                List.of("claim.registered"),
                                "secret",
                                "short"))
                        .post("/webhooks")
                        .then(),
                400,
                "validation");
        problem(
                given().get("/webhooks/{id}/deliveries", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                        .then(),
                404,
                "not-found");
    }

    private void awaitDelivered(Predicate<Seen> which, int count) {
        Awaitility.await("deliveries acknowledged")
                .atMost(Duration.ofSeconds(20))
                .until(() -> seen.stream()
                                .filter(which)
                                .filter(s -> s.answered() == 200)
                                .count()
                        >= count);
        // and then nothing more for a while: time for a wrong extra delivery to show
        long acknowledged =
                seen.stream().filter(which).filter(s -> s.answered() == 200).count();
        Awaitility.await("no extra delivery")
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> seen.stream()
                                .filter(which)
                                .filter(s -> s.answered() == 200)
                                .count()
                        == acknowledged);
    }
}
