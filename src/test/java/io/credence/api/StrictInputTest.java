package io.credence.api;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.credence.support.RoleKeys.As;
import io.credence.support.RowCounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Input as documented: one JSON value per body, and instants a database can hold. */
@QuarkusTest
class StrictInputTest {

    @Inject
    RowCounts rows;

    @Test
    void contentAfterTheJsonValueIsRefusedAndChangesNothing() {
        var before = rows.snapshot();
        for (String body : new String[] {
            "{\"text\": \"" + unique("Trailing") + "\"} {\"text\": \"second\"}",
            "{\"text\": \"" + unique("Trailing") + "\"}garbage",
            "{\"text\": \"" + unique("Trailing") + "\"}]"
        }) {
            problem(
                    given().contentType(ContentType.JSON)
                            .body(body)
                            .post("/claims")
                            .then(),
                    400,
                    "malformed-body");
        }
        Assertions.assertEquals(before, rows.snapshot());
    }

    @TestHTTPResource("/claims")
    URI claims;

    @Test
    void bodiesWithoutContentTypeOrInUtf16AreRefusedAndChangeNothing() throws Exception {
        for (As role : As.values()) {
            RoleKeys.bearer(role);
        }
        var before = rows.snapshot();
        String json = "{\"text\": \"" + unique("Untyped") + "\"}";
        HttpClient http = HttpClient.newHttpClient();
        String key = RoleKeys.bearer(As.EDITOR);
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(claims)
                        .header("Authorization", key)
                        .POST(BodyPublishers.ofString(json))
                        .build(),
                HttpRequest.newBuilder(claims)
                        .header("Authorization", key)
                        .header("Content-Type", "application/json; charset=UTF-16")
                        .POST(BodyPublishers.ofByteArray(json.getBytes(StandardCharsets.UTF_16)))
                        .build(),
                HttpRequest.newBuilder(claims)
                        .header("Authorization", key)
                        .header("Content-Type", "application/json; charset=ISO-8859-1")
                        .POST(BodyPublishers.ofString(json))
                        .build());
        for (HttpRequest request : requests) {
            var response = http.send(request, BodyHandlers.ofString());
            Assertions.assertEquals(415, response.statusCode(), request.headers() + ": " + response.body());
            Assertions.assertEquals(
                    "application/problem+json",
                    response.headers().firstValue("Content-Type").orElse(""));
        }
        Assertions.assertEquals(before, rows.snapshot());
        // UTF-8 said or left to the JSON default are both JSON.
        given().contentType("application/json; charset=UTF-8")
                .body(json.replace("Untyped", "Typed"))
                .post("/claims")
                .then()
                .statusCode(201);
    }

    /** Overlong forms ("/" as C0 AF, as E0 80 AF) and encoded surrogates: text a byte filter and Jackson read apart. */
    @Test
    void malformedUtf8IsRefusedAndChangesNothing() {
        for (RoleKeys.As role : RoleKeys.As.values()) {
            RoleKeys.bearer(role);
        }
        var before = rows.snapshot();
        byte[][] malformed = {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
        };
        for (byte[] bytes : malformed) {
            byte[] body = concat(
                    ("{\"text\": \"" + unique("Overlong") + " a").getBytes(StandardCharsets.UTF_8),
                    bytes,
                    "b\"}".getBytes(StandardCharsets.UTF_8));
            problem(
                    given().contentType(ContentType.JSON)
                            .body(body)
                            .post("/claims")
                            .then(),
                    400,
                    "malformed-body");
        }
        Assertions.assertEquals(before, rows.snapshot());
        given().contentType(ContentType.JSON)
                .body(("{\"text\": \"" + unique("Well-formed") + " a/b \u00e9\"}").getBytes(StandardCharsets.UTF_8))
                .post("/claims")
                .then()
                .statusCode(201);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void yearsPastNineThousandNineHundredNinetyNineAreRefused() {
        String claim = Api.createClaim(unique("Far future"));
        String source = Api.createSource(unique("Far wire"), "B");
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"sourceId\": \"" + source + "\", \"stance\": \"SUPPORTS\", \"credibility\": 2, "
                                + "\"observedAt\": \"+10000-01-01T00:00:00Z\"}")
                        .post("/claims/{id}/evidence", claim)
                        .then(),
                400,
                "validation");
    }
}
