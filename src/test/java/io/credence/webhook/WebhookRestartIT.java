package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.credence.support.PackagedService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service is killed (SIGKILL) while its deliveries are still failing, and started
 * again on the same database: every committed change then reaches the receiver, and each exactly
 * once as the receiver counts them (by delivery id). And a kill right after a burst of
 * registrations loses none that was answered 201. Runs the built jar as a child process.
 */
class WebhookRestartIT {

    private static final Path DATA = Path.of("target", "restart-it");
    /** Failing attempts before the kill must not use a delivery up: it is the restart under test. */
    private static final Map<String, String> ENV = Map.of(
            "CREDENCE_WEBHOOKS_ALLOW_PRIVATE",
            "true",
            "CREDENCE_WEBHOOKS_DISPATCH_EVERY",
            "1s",
            "CREDENCE_WEBHOOKS_INITIAL_BACKOFF",
            "300ms",
            "CREDENCE_WEBHOOKS_MAX_BACKOFF",
            "1s",
            "CREDENCE_WEBHOOKS_LEASE",
            "2s",
            "CREDENCE_WEBHOOKS_MAX_ATTEMPTS",
            "1000");

    private static final String SECRET = "restart-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLAIMS = 5;

    /** A delivery the receiver answered: its id, the claim, and the status it answered. */
    record Seen(String deliveryId, String claimId, int answered) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicBoolean accepting = new AtomicBoolean(false);
    private HttpServer receiver;
    private PackagedService service;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean signed = Signature.of(SECRET, body)
                    .equals(exchange.getRequestHeaders().getFirst(Signature.HEADER));
            JsonNode payload = JSON.readTree(body);
            int answer = signed && accepting.get() ? 200 : 500;
            seen.add(new Seen(
                    exchange.getRequestHeaders().getFirst("X-Credence-Delivery"),
                    payload.get("data").path("claimId").asText(),
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        receiver.stop(0);
    }

    @Test
    void noCommittedChangeIsLostOrRepeatedAcrossAKill() throws Exception {
        PackagedService.freshH2Files(DATA);
        service = start();
        String editor = service.issueKey("editor");
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        service.send(
                "POST",
                "/webhooks",
                PackagedService.ADMIN_KEY,
                Map.of("url", hook, "events", List.of("claim.registered"), "secret", SECRET),
                201);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(service.send(
                            "POST",
                            "/claims",
                            editor,
                            Map.of("text", "Restart claim " + i + " " + UUID.randomUUID()),
                            201)
                    .get("id")
                    .asText());
        }
        service.send("POST", "/claims", editor, Map.of("text", ""), 400); // refused: announces nothing
        await(() -> seen.stream().map(Seen::claimId).filter(claims::contains).count() >= 1, "a first failed attempt");

        service.kill(); // SIGKILL, deliveries pending or mid-lease
        accepting.set(true);
        service = start();

        await(() -> acknowledged(claims).size() == CLAIMS, "every claim acknowledged");
        // room for a duplicate to show: the acknowledgements stay as they are for a while
        Map<String, Long> settled = acknowledged(claims);
        Awaitility.await("no duplicate acknowledgement")
                .during(Duration.ofMillis(1500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> acknowledged(claims).equals(settled));
        Map<String, Long> okByClaim = acknowledged(claims);
        assertEquals(Set.copyOf(claims), okByClaim.keySet());
        okByClaim.forEach(
                (claim, times) -> assertEquals(1L, times, "claim " + claim + " acknowledged " + times + " times"));
        Set<String> ids = seen.stream()
                .filter(s -> claims.contains(s.claimId()))
                .map(Seen::deliveryId)
                .collect(Collectors.toSet());
        assertEquals(CLAIMS, ids.size(), "one delivery id per change, however many attempts");
    }

    @Test
    void noAcknowledgedRegistrationIsLostToAKillRightAfterItsAnswer() throws Exception {
        PackagedService.freshH2Files(DATA);
        service = start();
        String editor = service.issueKey("editor");
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            claims.add(service.send(
                            "POST",
                            "/claims",
                            editor,
                            Map.of("text", "Burst claim " + i + " counted " + i + " quixels"),
                            201)
                    .get("id")
                    .asText());
        }
        service.kill(); // SIGKILL at once: H2 used to write commits up to 500 ms later
        service = start();
        for (String claim : claims) {
            service.send("GET", "/claims/" + claim, editor, null, 200);
        }
    }

    /** How many times the receiver accepted (200) a delivery for each of the claims. */
    private Map<String, Long> acknowledged(List<String> claims) {
        return seen.stream()
                .filter(s -> s.answered() == 200 && claims.contains(s.claimId()))
                .collect(Collectors.groupingBy(Seen::claimId, Collectors.counting()));
    }

    /**
     * A database of its own: the other integration tests' service (another instance, without
     * allow-private) would otherwise take part in delivering this test's outbox.
     */
    private static PackagedService start() throws IOException {
        return PackagedService.start(System.getProperty("credence.it.restart-db-url"), DATA, ENV);
    }

    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
