package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.credence.support.PackagedService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A normal stop (SIGTERM) of the packaged service in the middle of a burst of deliveries to a slow
 * receiver: the sends in flight finish and are recorded before the database closes, so after a
 * restart on the same database every change reaches the receiver exactly once, counted by delivery
 * id, and the stop takes no longer than the stop grace (10 s) and the shutdown around it. Before,
 * the sends answered during the stop could not be recorded and went out again when their lease ran
 * out. Runs the built jar as a child process.
 */
class WebhookStopIT {

    private static final String SECRET = "stop-secret-0123456789ab";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLAIMS = 12;
    /** How long the receiver takes over each delivery: longer than the stop itself takes without the grace. */
    private static final long RECEIVER_MILLIS = 1_500;
    /** The stop grace (10 s) with room for the rest of the shutdown on a slow machine. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(20);

    private static final Map<String, String> ENV = Map.of(
            "CREDENCE_WEBHOOKS_ALLOW_PRIVATE", "true",
            "CREDENCE_WEBHOOKS_DISPATCH_EVERY", "1s",
            "CREDENCE_WEBHOOKS_LEASE", "2s");

    /** A delivery the receiver answered: its id and the claim it announced. */
    record Seen(String deliveryId, String claimId) {}

    private final List<Seen> answered = new CopyOnWriteArrayList<>();
    private final AtomicInteger arriving = new AtomicInteger();
    private HttpServer receiver;
    private PackagedService service;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            arriving.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                Thread.sleep(RECEIVER_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answered.add(new Seen(
                    exchange.getRequestHeaders().getFirst("X-Credence-Delivery"),
                    JSON.readTree(body).get("data").path("claimId").asText()));
            exchange.sendResponseHeaders(200, -1);
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
    void aCleanStopMidBurstSendsNothingTwiceAndEndsWithinItsBound() throws Exception {
        Path data = Path.of("target", "stop-it");
        PackagedService.freshH2Files(data);
        String database = System.getProperty("credence.it.stop-db-url");
        service = PackagedService.start(database, data, ENV);
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        service.send(
                "POST",
                "/webhooks",
                PackagedService.ADMIN_KEY,
                Map.of("url", hook, "events", List.of("claim.registered"), "secret", SECRET),
                201);
        String editor = service.issueKey("editor");
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(service.send(
                            "POST", "/claims", editor, Map.of("text", "Stop claim " + i + " " + UUID.randomUUID()), 201)
                    .get("id")
                    .asText());
        }
        // The first parallel round (4) answered and the next one begun: the stop meets sends in flight.
        await(() -> arriving.get() >= 5, "deliveries in flight");

        long started = System.nanoTime();
        assertTrue(service.stop(STOP_BOUND), "the stop took longer than " + STOP_BOUND);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "Stopped mid-burst in %d ms: %d deliveries had arrived, %d were answered%n",
                took.toMillis(), arriving.get(), answered.size());
        String log = Files.readString(data.resolve("service.log"));
        assertFalse(log.contains("EntityManagerFactory is closed"), "a send recorded after the database closed");

        service = PackagedService.start(database, data, ENV);
        await(
                () -> answered.stream()
                                .map(Seen::claimId)
                                .filter(claims::contains)
                                .distinct()
                                .count()
                        == CLAIMS,
                "every claim announced");
        // Longer than the lease (2 s): a delivery sent but not recorded would go out again in this time.
        Thread.sleep(4_000);
        Map<String, Long> byDelivery = answered.stream()
                .filter(s -> claims.contains(s.claimId()))
                .collect(Collectors.groupingBy(Seen::deliveryId, Collectors.counting()));
        assertEquals(CLAIMS, byDelivery.size(), "one delivery per claim");
        byDelivery.forEach((id, times) -> assertEquals(1L, times, "delivery " + id + " sent " + times + " times"));
    }

    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }
}
