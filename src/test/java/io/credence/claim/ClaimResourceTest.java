package io.credence.claim;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimResourceTest {

    private static final String GOLD_CLAIM = "Moscow paid for the drones with at least 1.8 tons of gold bars";
    private static final String FULL_CLAIM = """
            {"text": "%s", "claimant": "Unnamed intelligence official",
             "appearance": {"url": "https://news.example/drones-gold", "publisher": "Example Daily",
                            "publishedAt": "2026-11-20T08:30:00Z"},
             "language": "en", "tags": ["Drones", "gold", "drones"]}""";
    private static final String UNKNOWN_ID = "7d444840-9dc0-11d1-b245-5ffdce74fad2";

    @Inject
    RowCounts rows;

    @Test
    void registersAClaimWithEveryField() {
        String location = given().contentType(ContentType.JSON)
                .body(FULL_CLAIM.formatted(GOLD_CLAIM))
                .post("/claims")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("text", equalTo(GOLD_CLAIM))
                .body("status", equalTo("UNVERIFIED"))
                .extract()
                .header("Location");

        given().get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("text", equalTo(GOLD_CLAIM))
                .body("claimant", equalTo("Unnamed intelligence official"))
                .body("appearance.url", equalTo("https://news.example/drones-gold"))
                .body("appearance.publisher", equalTo("Example Daily"))
                .body("appearance.publishedAt", equalTo("2026-11-20T08:30:00Z"))
                .body("language", equalTo("en"))
                .body("tags", contains("drones", "gold"))
                .body("status", equalTo("UNVERIFIED"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void answersNotModifiedForACurrentETag() {
        String id = Api.createClaim(unique("Cached claim"));
        given().header("If-None-Match", "\"0\"").get("/claims/{id}", id).then().statusCode(304);
        given().header("If-None-Match", "\"7\"").get("/claims/{id}", id).then().statusCode(200);
    }

    @Test
    void listsClaimsByTextTagAndStatusNewestFirst() {
        String marker = unique("marker");
        String tag = unique("tag").replace(' ', '-');
        String first = register(marker + " first", List.of(tag));
        String second = register(marker + " second", List.of(tag.toUpperCase(Locale.ROOT)));
        register(marker + " untagged", List.of());

        given().queryParam("q", marker.toUpperCase(Locale.ROOT))
                .get("/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.text", hasItem(marker + " untagged"));
        given().queryParam("tag", tag)
                .get("/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second, first));
        given().queryParam("q", marker)
                .queryParam("tag", tag)
                .queryParam("status", "UNVERIFIED")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("size", equalTo(1))
                .body("items.id", contains(first));
        given().queryParam("q", marker)
                .queryParam("status", "CONFIRMED")
                .get("/claims")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().get("/claims")
                .then()
                .statusCode(200)
                .body("size", equalTo(20))
                .body("items.status", everyItem(notNullValue()));
    }

    @Test
    void refusesBadClaimsAndWritesNothing() {
        Map<String, Long> before = rows.snapshot();
        problem(post("{}"), 400, "validation").body("errors.field", hasItem("text"));
        problem(post("{\"text\": \"   \"}"), 400, "validation").body("errors.field", hasItem("text"));
        problem(post("{\"text\": \"" + "x".repeat(10_001) + "\"}"), 400, "validation")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("10000"));
        problem(post("{\"text\": 5}"), 400, "validation").body("errors[0].field", equalTo("text"));
        problem(post("{\"text\": \"t\", \"tags\": [\"ok\", \"\"]}"), 400, "validation")
                .body("errors[0].field", equalTo("tags[1]"));
        problem(post("{\"text\": \"t\", \"tags\": \"one\"}"), 400, "validation")
                .body("errors[0].field", equalTo("tags"));
        problem(post("{\"text\": \"t\", \"language\": \"english!\"}"), 400, "validation")
                .body("errors[0].field", equalTo("language"));
        problem(post("{\"text\": \"t\", \"appearance\": {\"url\": \"ftp://x\"}}"), 400, "validation")
                .body("errors[0].field", equalTo("appearance.url"));
        problem(
                        post(
                                "{\"text\": \"t\", \"appearance\": {\"url\": \"https://x.example\", \"publishedAt\": \"yesterday\"}}"),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("appearance.publishedAt"));
        problem(post("{\"text\": \"t\", \"txet\": \"typo\"}"), 400, "validation")
                .body("errors[0].field", equalTo("txet"));
        problem(post("{\"text\": \"a\", \"text\": \"b\"}"), 400, "malformed-body");
        problem(post("{\"text\": "), 400, "malformed-body");
        problem(post("[\"text\"]"), 400, "malformed-body");
        problem(post("null"), 400, "validation");
        problem(given().contentType(ContentType.JSON).post("/claims").then(), 400, "validation");
        problem(
                given().contentType("application/json")
                        .body("{\"text\": \"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1))
                        .post("/claims")
                        .then(),
                400,
                "malformed-body");
        problem(
                given().contentType(ContentType.XML)
                        .body("<claim/>")
                        .post("/claims")
                        .then(),
                415,
                "unsupported-media-type");
        assertEquals(before, rows.snapshot());
    }

    @Test
    void refusesABodyOverOneMebibyte() {
        Map<String, Long> before = rows.snapshot();
        String huge = "{\"text\": \"" + "x".repeat(1024 * 1024) + "\"}";
        problem(post(huge), 413, "payload-too-large");
        assertEquals(before, rows.snapshot());
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        problem(given().get("/claims/{id}", UNKNOWN_ID).then(), 404, "not-found")
                .body("detail", containsString(UNKNOWN_ID));
        problem(given().get("/claims/{id}", "42").then(), 400, "bad-request");
        problem(given().get("/claims/{id}/nothing-here", UNKNOWN_ID).then(), 404, "not-found");
        problem(given().delete("/claims/{id}", UNKNOWN_ID).then(), 405, "method-not-allowed");
    }

    @Test
    void refusesBadFilters() {
        problem(given().queryParam("status", "MAYBE").get("/claims").then(), 400, "bad-request");
        problem(given().queryParam("size", 0).get("/claims").then(), 400, "validation");
        problem(given().queryParam("q", "x".repeat(301)).get("/claims").then(), 400, "validation")
                .body("errors[0].field", equalTo("q"));
    }

    private static String register(String text, List<String> tags) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "tags", tags))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aPageFarPastTheEndIsEmptyAndAPageBeyondTheCapIsRefused() {
        // (page + 1) × size overflowed an int in the text search's count limit: page 10737418 was a 500
        problem(
                given().queryParam("q", "a")
                        .queryParam("page", 10737418)
                        .queryParam("size", 200)
                        .get("/claims")
                        .then(),
                400,
                "validation");
        for (String q : new String[] {"a", ""}) {
            given().queryParam("q", q)
                    .queryParam("page", 10_000_000)
                    .queryParam("size", 200)
                    .get("/claims")
                    .then()
                    .statusCode(200)
                    .body("items", Matchers.empty());
        }
        problem(given().queryParam("page", 10_000_001).get("/claims").then(), 400, "validation");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/claims").then();
    }
}
