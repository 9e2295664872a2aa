package io.credence.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The packaged jar (credence.it.jar) started as a child process on a database of its own, for
 * integration tests that need a service nobody else writes to, and plain HTTP to it.
 */
public final class PackagedService implements AutoCloseable {

    public static final String ADMIN_KEY = "it-admin-key-0123456789abcdefghijklmnop";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Process process;
    private final int port;

    private PackagedService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service on this database (null: the one the build gives every packaged-jar test),
     * keeping its data, index and log under {@code data}.
     */
    public static PackagedService start(String dbUrl, Path data, Map<String, String> extraEnv) throws IOException {
        PackagedService service = launch(dbUrl, data, extraEnv);
        Awaitility.await("the service ready (else see " + data.resolve("service.log") + ")")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .failFast("the service stopped; see " + data.resolve("service.log"), () -> !service.process.isAlive())
                .until(service::ready);
        return service;
    }

    /**
     * Starts the service expecting it to refuse: it must end by itself, never having answered ready, within
     * two minutes. Returns what it logged in this attempt.
     */
    public static String refusal(String dbUrl, Path data, Map<String, String> extraEnv) throws Exception {
        Path log = data.resolve("service.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        PackagedService service = launch(dbUrl, data, extraEnv);
        try {
            Awaitility.await("the service to give up (see " + log + ")")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("the service answered ready; it was to refuse", service::ready)
                    .until(() -> !service.process.isAlive());
        } finally {
            service.close();
        }
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
    }

    private static PackagedService launch(String dbUrl, Path data, Map<String, String> extraEnv) throws IOException {
        Files.createDirectories(data);
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                        "-jar",
                        System.getProperty("credence.it.jar"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        data.resolve("service.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("CREDENCE_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY);
        env.put("CREDENCE_DATA_DIR", data.resolve("data").toAbsolutePath().toString());
        env.put(
                "CREDENCE_MATCHING_INDEX_DIR",
                data.resolve("claim-index").toAbsolutePath().toString());
        if (dbUrl != null) {
            env.put("CREDENCE_DB_URL", dbUrl);
        }
        if (dbUrl != null && !"postgresql".equals(System.getProperty("credence.it.db-kind"))) {
            env.put("CREDENCE_DB_USER", "sa");
            env.put("CREDENCE_DB_PASSWORD", "");
        }
        env.putAll(extraEnv);
        return new PackagedService(builder.start(), port);
    }

    /** Deletes the H2 files of an earlier run under {@code data}, which would bring their rows along (PostgreSQL's test databases are made anew by scripts/postgres-test-db.sh). */
    public static void freshH2Files(Path data) throws IOException {
        if (Files.isDirectory(data)) {
            try (var files = Files.list(data)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("credence"))
                        .toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** A GET without a key, answered as it comes. */
    public HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A new key of this role, under an owner name of its own. */
    public String issueKey(String role) throws Exception {
        return send("POST", "/keys", ADMIN_KEY, Map.of("owner", role + " " + UUID.randomUUID(), "role", role), 201)
                .get("key")
                .asText();
    }

    public JsonNode send(String method, String path, String key, Object body, int expected) throws Exception {
        return send(method, path, key, Map.of(), body, expected);
    }

    /** With headers of its own (If-Match, say). */
    public JsonNode send(String method, String path, String key, Map<String, String> headers, Object body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + key)
                .timeout(Duration.ofMinutes(30));
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return answer(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()), expected);
    }

    /** Sends a body as it is read, in chunks (no declared length). */
    public JsonNode sendStream(String path, String key, String contentType, Path body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return Files.newInputStream(body);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .build();
        return answer(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), expected);
    }

    private static JsonNode answer(HttpResponse<String> response, int expected) throws IOException {
        if (response.statusCode() != expected) {
            throw new AssertionError(
                    response.request().method() + " " + response.request().uri() + ": expected " + expected + ", was "
                            + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private boolean ready() {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** A normal stop (SIGTERM); true when the process ended within the bound. */
    public boolean stop(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no stop, no flush, as a crash or an OOM killer ends it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
