package io.credence.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.PackagedService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with metrics and the API description closed: they answer 404 problem+json,
 * health still answers. A process of its own (closing them is start-up configuration), on an
 * in-memory H2 database or the build's PostgreSQL.
 */
class ClosedOperationsIT {

    @Test
    void closedEndpointsAnswer404ProblemJsonAndHealthStillAnswers() throws Exception {
        Path data = Path.of("target", "closed-it");
        Map<String, String> env = new HashMap<>(Map.of(
                "CREDENCE_HTTP_METRICS_OPEN",
                "false",
                "CREDENCE_HTTP_API_DOCS_OPEN",
                "false",
                "CREDENCE_MATCHING_INDEX_DIR",
                "",
                "CREDENCE_AUDIT_SIGNING_KEY_FILE",
                data.resolve("audit-signing.key").toAbsolutePath().toString(),
                "CREDENCE_SECRETS_KEY_FILE",
                data.resolve("secrets.key").toAbsolutePath().toString()));
        boolean h2 = !"postgresql".equals(System.getProperty("credence.it.db-kind"));
        if (h2) {
            // A database of its own: the keys come from the files, as out of the box (on PostgreSQL it shares the
            // suite's database, and so the suite's keys).
            env.put("CREDENCE_SECRETS_KEY", "");
            env.put("CREDENCE_AUDIT_SIGNING_KEY", "");
        }
        try (PackagedService service = PackagedService.start(
                h2 ? "jdbc:h2:mem:closed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : null,
                data,
                env)) {
            for (String path : new String[] {
                "/q/metrics", "/q/openapi", "/q/openapi?format=json", "/q/swagger-ui/", "/q/swagger-ui/index.html"
            }) {
                HttpResponse<String> response = service.get(path);
                assertEquals(404, response.statusCode(), path);
                assertEquals(
                        "application/problem+json",
                        response.headers().firstValue("Content-Type").orElse(""),
                        path);
                assertTrue(response.body().contains("urn:credence:problem:not-found"), path + ": " + response.body());
            }
            assertEquals(200, service.get("/q/health/live").statusCode());
        }
    }
}
