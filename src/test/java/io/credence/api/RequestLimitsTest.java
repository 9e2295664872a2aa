package io.credence.api;

import static io.credence.support.Api.problem;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.support.RoleKeys;
import io.credence.support.RowCounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Refusals made before the REST layer are problem+json too. */
@QuarkusTest
class RequestLimitsTest {

    @Inject
    RowCounts rows;

    @TestHTTPResource("/claims")
    URI claims;

    @Test
    void aRequestTargetOverTheLimitIs414ProblemJson() {
        problem(given().queryParam("q", "a".repeat(9_000)).get("/claims").then(), 414, "uri-too-long");
        given().queryParam("unused", "a".repeat(7_000)).get("/claims").then().statusCode(200);
    }

    /** Sent without a length, the body is only found too large while it arrives. */
    @Test
    void aChunkedBodyThatGrowsPastTheLimitIs413ProblemJson() throws Exception {
        for (RoleKeys.As role : RoleKeys.As.values()) {
            RoleKeys.bearer(role);
        }
        Map<String, Long> before = rows.snapshot();
        byte[] huge = ("{\"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(claims)
                .header("Authorization", RoleKeys.bearer(RoleKeys.As.EDITOR))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))) // chunked
                .build();
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals(
                Problem.MEDIA_TYPE,
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("urn:credence:problem:payload-too-large"), response.body());
        assertEquals(before, rows.snapshot());
    }
}
