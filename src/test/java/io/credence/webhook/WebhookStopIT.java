package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private static final String ADMIN = "Bearer stop-admin-key-0123456789abcdefghijkl";
    private static final String SECRET = "stop-secret-0123456789ab";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int CLAIMS = 12;
    /** How long the receiver takes over each delivery: longer than the stop itself takes without the grace. */
    private static final long RECEIVER_MILLIS = 1_500;
    /** The stop grace (10 s) with room for the rest of the shutdown on a slow machine. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(20);

    /** A delivery the receiver answered: its id and the claim it announced. */
    record Seen(String deliveryId, String claimId) {
    }

    private final List<Seen> answered = new CopyOnWriteArrayList<>();
    private final AtomicInteger arriving = new AtomicInteger();
    private HttpServer receiver;
    private Process service;
    private int port;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            arriving.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            try {
                Thread.sleep(RECEIVER_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answered.add(new Seen(exchange.getRequestHeaders().getFirst("X-Credence-Delivery"),
                    JSON.readTree(body).get("data").path("claimId").asText()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
        receiver.stop(0);
    }

    @Test
    void aCleanStopMidBurstSendsNothingTwiceAndEndsWithinItsBound() throws Exception {
        port = freePort();
        Path data = Path.of("target", "stop-it");
        freshDatabase(data);
        service = start(data);
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        post("/webhooks", Map.of("url", hook, "events", List.of("claim.registered"), "secret", SECRET), 201);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(post("/claims", Map.of("text", "Stop claim " + i + " " + UUID.randomUUID()), 201).get("id").asText());
        }
        // The first parallel round (4) answered and the next one begun: the stop meets sends in flight.
        await(() -> arriving.get() >= 5, "deliveries in flight");

        long started = System.nanoTime();
        service.destroy(); // SIGTERM: a normal stop
        assertTrue(service.waitFor(STOP_BOUND.toSeconds(), java.util.concurrent.TimeUnit.SECONDS),
                "the stop took longer than " + STOP_BOUND);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Stopped mid-burst in %d ms: %d deliveries had arrived, %d were answered%n", took.toMillis(),
                arriving.get(), answered.size());
        String log = Files.readString(data.resolve("service.log"));
        assertFalse(log.contains("EntityManagerFactory is closed"), "a send recorded after the database closed");

        service = start(data);
        await(() -> answered.stream().map(Seen::claimId).filter(claims::contains).distinct().count() == CLAIMS,
                "every claim announced");
        // Longer than the lease (2 s): a delivery sent but not recorded would go out again in this time.
        Thread.sleep(4_000);
        Map<String, Long> byDelivery = answered.stream().filter(s -> claims.contains(s.claimId()))
                .collect(Collectors.groupingBy(Seen::deliveryId, Collectors.counting()));
        assertEquals(CLAIMS, byDelivery.size(), "one delivery per claim");
        byDelivery.forEach((id, times) -> assertEquals(1L, times, "delivery " + id + " sent " + times + " times"));
    }

    /** The H2 file from an earlier run would bring its webhooks and outbox along (PostgreSQL's is made anew by CI). */
    private static void freshDatabase(Path data) throws IOException {
        if (Files.isDirectory(data)) {
            try (var files = Files.list(data)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("credence")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private Process start(Path data) throws Exception {
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", System.getProperty("credence.it.jar"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("service.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("CREDENCE_BOOTSTRAP_ADMIN_KEY", ADMIN.substring("Bearer ".length()));
        env.put("CREDENCE_WEBHOOKS_ALLOW_PRIVATE", "true");
        env.put("CREDENCE_WEBHOOKS_DISPATCH_EVERY", "1s");
        env.put("CREDENCE_WEBHOOKS_LEASE", "2s");
        env.put("CREDENCE_DB_URL", System.getProperty("credence.it.stop-db-url"));
        env.put("CREDENCE_MATCHING_INDEX_DIR", data.resolve("claim-index").toAbsolutePath().toString());
        if (!"postgresql".equals(System.getProperty("credence.it.db-kind"))) {
            env.put("CREDENCE_DB_USER", "sa");
            env.put("CREDENCE_DB_PASSWORD", "");
        }
        Process process = builder.start();
        await(this::ready, "the service to start");
        return process;
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private JsonNode post(String path, Map<String, ?> body, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", path.equals("/webhooks") ? ADMIN : editorKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private String editorKey;

    private String editorKey() throws Exception {
        if (editorKey == null) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/keys"))
                    .header("Authorization", ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"owner\": \"stop editor " + UUID.randomUUID()
                            + "\", \"role\": \"editor\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            editorKey = "Bearer " + JSON.readTree(response.body()).get("key").asText();
        }
        return editorKey;
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(condition::getAsBoolean);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
