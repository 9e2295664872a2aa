package io.credence.tracing;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.Api;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * With tracing on (the suite names an endpoint; its spans stay in memory), a request's server span
 * has the database statements it made as children, in the same trace.
 */
@QuarkusTest
class TracingTest {

    @Inject
    RecentSpans spans;

    @Test
    void aReadsSpanReachesTheDatabase() {
        String claim = Api.createClaim(unique("Traced claim"));
        String traceparent = "00-" + randomHex(32) + "-" + randomHex(16) + "-01";
        String traceId = traceparent.substring(3, 35);
        given().header("traceparent", traceparent)
                .get("/claims/{id}", claim)
                .then()
                .statusCode(200);

        Awaitility.await("the request's spans exported")
                .atMost(Duration.ofSeconds(10))
                .until(() -> server(traceId).isPresent() && !database(traceId).isEmpty());
        SpanData server = server(traceId).orElseThrow();
        assertTrue(server.getName().contains("/claims/{id}"), server.getName());
        for (SpanData statement : database(traceId)) {
            assertEquals(traceId, statement.getTraceId());
            assertTrue(
                    statement.getAttributes().get(AttributeKey.stringKey("db.statement")) != null
                            || statement.getAttributes().get(AttributeKey.stringKey("db.query.text")) != null,
                    statement.toString());
        }
    }

    private Optional<SpanData> server(String traceId) {
        return spans.all().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER)
                .findFirst();
    }

    private List<SpanData> database(String traceId) {
        return spans.all().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.CLIENT)
                .filter(s -> s.getAttributes().asMap().keySet().stream()
                        .anyMatch(k -> k.getKey().startsWith("db.")))
                .toList();
    }

    private static String randomHex(int length) {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (hex.length() < length) {
            hex.append(Integer.toHexString(random.nextInt(16)));
        }
        return hex.toString();
    }
}
