package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private static final String ADMIN = "Bearer restart-admin-key-0123456789abcdefghij";
    private static final String SECRET = "restart-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int CLAIMS = 5;

    /** A delivery the receiver answered: its id, the claim, and the status it answered. */
    record Seen(String deliveryId, String claimId, int answered) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicBoolean accepting = new AtomicBoolean(false);
    private HttpServer receiver;
    private Process service;
    private int port;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean signed = Signature.of(SECRET, body).equals(exchange.getRequestHeaders().getFirst(Signature.HEADER));
            JsonNode payload = JSON.readTree(body);
            int answer = signed && accepting.get() ? 200 : 500;
            seen.add(new Seen(exchange.getRequestHeaders().getFirst("X-Credence-Delivery"),
                    payload.get("data").path("claimId").asText(), answer));
            exchange.sendResponseHeaders(answer, -1);
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
    void noCommittedChangeIsLostOrRepeatedAcrossAKill() throws Exception {
        port = freePort();
        freshDatabase();
        service = start();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        post("/webhooks", Map.of("url", hook, "events", List.of("claim.registered"), "secret", SECRET), 201);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(post("/claims", Map.of("text", "Restart claim " + i + " " + UUID.randomUUID()), 201).get("id").asText());
        }
        post("/claims", Map.of("text", ""), 400); // refused: announces nothing
        await(() -> seen.stream().map(Seen::claimId).filter(claims::contains).count() >= 1, "a first failed attempt");

        service.destroyForcibly().waitFor(); // SIGKILL, deliveries pending or mid-lease
        accepting.set(true);
        service = start();

        await(() -> acknowledged(claims).size() == CLAIMS, "every claim acknowledged");
        // room for a duplicate to show: the acknowledgements stay as they are for a while
        Map<String, Long> settled = acknowledged(claims);
        Awaitility.await("no duplicate acknowledgement").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> acknowledged(claims).equals(settled));
        Map<String, Long> okByClaim = acknowledged(claims);
        assertEquals(Set.copyOf(claims), okByClaim.keySet());
        okByClaim.forEach((claim, times) -> assertEquals(1L, times, "claim " + claim + " acknowledged " + times + " times"));
        Set<String> ids = seen.stream().filter(s -> claims.contains(s.claimId())).map(Seen::deliveryId)
                .collect(Collectors.toSet());
        assertEquals(CLAIMS, ids.size(), "one delivery id per change, however many attempts");
    }

    @Test
    void noAcknowledgedRegistrationIsLostToAKillRightAfterItsAnswer() throws Exception {
        port = freePort();
        freshDatabase();
        service = start();
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            claims.add(post("/claims", Map.of("text", "Burst claim " + i + " counted " + i + " quixels"), 201).get("id").asText());
        }
        service.destroyForcibly().waitFor(); // SIGKILL at once: H2 used to write commits up to 500 ms later
        service = start();
        for (String claim : claims) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/claims/" + claim)).header("Authorization", editorKey()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "acknowledged claim " + claim + " after the restart");
        }
    }

    /** How many times the receiver accepted (200) a delivery for each of the claims. */
    private Map<String, Long> acknowledged(List<String> claims) {
        return seen.stream().filter(s -> s.answered() == 200 && claims.contains(s.claimId()))
                .collect(Collectors.groupingBy(Seen::claimId, Collectors.counting()));
    }

    /** The H2 file from an earlier run would bring its webhooks and outbox along (PostgreSQL's is made anew by CI). */
    private static void freshDatabase() throws IOException {
        Path data = Path.of("target", "restart-it");
        if (Files.isDirectory(data)) {
            try (var files = Files.list(data)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("credence")).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private Process start() throws Exception {
        Path data = Path.of("target", "restart-it");
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-jar", System.getProperty("credence.it.jar"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("service.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("CREDENCE_BOOTSTRAP_ADMIN_KEY", ADMIN.substring("Bearer ".length()));
        env.put("CREDENCE_WEBHOOKS_ALLOW_PRIVATE", "true");
        env.put("CREDENCE_WEBHOOKS_DISPATCH_EVERY", "1s");
        env.put("CREDENCE_WEBHOOKS_INITIAL_BACKOFF", "300ms");
        env.put("CREDENCE_WEBHOOKS_MAX_BACKOFF", "1s");
        env.put("CREDENCE_WEBHOOKS_LEASE", "2s");
        // Failing attempts before the kill must not use a delivery up: it is the restart under test.
        env.put("CREDENCE_WEBHOOKS_MAX_ATTEMPTS", "1000");
        // A database of its own: the other integration tests' service (another instance, without
        // allow-private) would otherwise take part in delivering this test's outbox.
        env.put("CREDENCE_DB_URL", System.getProperty("credence.it.restart-db-url"));
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
                    // a name of its own each time: owner names are issued once, and each test restarts on one database
                    .POST(HttpRequest.BodyPublishers.ofString("{\"owner\": \"restart editor " + UUID.randomUUID()
                            + "\", \"role\": \"editor\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            editorKey = "Bearer " + JSON.readTree(response.body()).get("key").asText();
        }
        return editorKey;
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
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
