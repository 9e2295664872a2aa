package io.credence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with metrics and the API description closed: they answer 404 problem+json,
 * health still answers. A process of its own (closing them is start-up configuration), on an
 * in-memory H2 database or the build's PostgreSQL.
 */
class ClosedOperationsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void closedEndpointsAnswer404ProblemJsonAndHealthStillAnswers() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Path.of("target", "closed-it");
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator
                + "java", "-jar", System.getProperty("credence.it.jar"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("service.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("CREDENCE_HTTP_METRICS_OPEN", "false");
        env.put("CREDENCE_HTTP_API_DOCS_OPEN", "false");
        env.put("CREDENCE_DATA_DIR", data.toAbsolutePath().toString());
        env.put("CREDENCE_MATCHING_INDEX_DIR", "");
        env.put("CREDENCE_AUDIT_SIGNING_KEY_FILE", data.resolve("audit-signing.key").toAbsolutePath().toString());
        env.put("CREDENCE_SECRETS_KEY_FILE", data.resolve("secrets.key").toAbsolutePath().toString());
        if (!"postgresql".equals(System.getProperty("credence.it.db-kind"))) {
            env.put("CREDENCE_DB_URL", "jdbc:h2:mem:closed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            env.put("CREDENCE_DB_USER", "sa");
            env.put("CREDENCE_DB_PASSWORD", "");
        }
        Process service = builder.start();
        try {
            Awaitility.await("the service ready (else see target/closed-it/service.log)").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("the service stopped; see target/closed-it/service.log", () -> !service.isAlive())
                    .until(() -> status(port, "/q/health/ready") == 200);
            for (String path : new String[] {"/q/metrics", "/q/openapi", "/q/openapi?format=json", "/q/swagger-ui/",
                    "/q/swagger-ui/index.html"}) {
                HttpResponse<String> response = get(port, path);
                assertEquals(404, response.statusCode(), path);
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), path);
                assertTrue(response.body().contains("urn:credence:problem:not-found"), path + ": " + response.body());
            }
            assertEquals(200, status(port, "/q/health/live"));
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static int status(int port, String path) {
        try {
            return get(port, path).statusCode();
        } catch (Exception notYet) {
            return -1;
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
