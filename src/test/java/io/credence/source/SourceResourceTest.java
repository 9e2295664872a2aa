package io.credence.source;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    private static final String VALID_SOURCE = """
            {"name": "%s", "kind": "AGENCY", "homepage": "https://wire.example", "reliability": "B",
             "rationale": "Wire agency with a corrections policy"}""";

    @Inject
    RowCounts rows;

    @Test
    void registersASourceWithLocationAndETag() {
        String name = unique("Wire");
        String location = given().contentType(ContentType.JSON)
                .body(VALID_SOURCE.formatted(name))
                .post("/sources")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("kind", equalTo("AGENCY"))
                .body("reliability", equalTo("B"))
                .body("reliabilityLabel", equalTo("Usually reliable"))
                .body("rationale", equalTo("Wire agency with a corrections policy"))
                .body("version", equalTo(0))
                .extract()
                .header("Location");

        given().get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("homepage", equalTo("https://wire.example"));
    }

    @Test
    void answersNotModifiedForACurrentETag() {
        String id = Api.createSource(unique("Cached"), "C");
        given().header("If-None-Match", "\"0\"").get("/sources/{id}", id).then().statusCode(304);
    }

    @Test
    void listsSourcesFilteredByNameWithPaging() {
        String stem = unique("Paged");
        for (String suffix : new String[] {"a", "b", "c"}) {
            Api.createSource(stem + " " + suffix, "C");
        }
        given().queryParam("q", stem.toUpperCase(Locale.ROOT))
                .queryParam("size", 2)
                .get("/sources")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.name", contains(stem + " a", stem + " b"));
        given().queryParam("q", stem)
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/sources")
                .then()
                .statusCode(200)
                .body("items.name", contains(stem + " c"));
    }

    @Test
    void treatsLikeWildcardsInTheFilterLiterally() {
        String stem = unique("Wild");
        Api.createSource(stem + " 100%", "C");
        Api.createSource(stem + " 1000", "C");
        given().queryParam("q", stem + " 100%")
                .get("/sources")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void changingReliabilityKeepsTheOldRatingInHistory() {
        String id = Api.createSource(unique("Downgraded"), "A");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("reliability", "D", "rationale", "Two retractions"))
                .put("/sources/{id}/reliability", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("reliability", equalTo("D"))
                .body("rationale", equalTo("Two retractions"))
                .body("version", equalTo(1));

        given().get("/sources/{id}/reliability-history", id)
                .then()
                .statusCode(200)
                .body("reliability", contains("A", "D"))
                .body("rationale", contains(null, "Two retractions"))
                .body("[0].supersededAt", notNullValue())
                .body("[1].supersededAt", nullValue())
                .body("[1].reliabilityLabel", equalTo("Not usually reliable"));
    }

    @Test
    void refusesAReliabilityChangeBasedOnAStaleVersion() {
        String id = Api.createSource(unique("Contended"), "B");
        Map<String, String> change = Map.of("reliability", "C", "rationale", "First review");
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(change)
                .put("/sources/{id}/reliability", id)
                .then()
                .statusCode(200);

        Map<String, Long> before = rows.snapshot();
        problem(
                given().contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("reliability", "E", "rationale", "Second review, stale"))
                        .put("/sources/{id}/reliability", id)
                        .then(),
                412,
                "precondition-failed");
        assertEquals(before, rows.snapshot());
        given().get("/sources/{id}", id).then().body("reliability", equalTo("C"));
    }

    @Test
    void reliabilityChangeNeedsARationale() {
        String id = Api.createSource(unique("Unexplained"), "B");
        problem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("reliability", "C"))
                                .put("/sources/{id}/reliability", id)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", hasItem("rationale"));
        given().get("/sources/{id}/reliability-history", id).then().body("reliability", contains("B"));
    }

    @Test
    void refusesBadSourcesAndWritesNothing() {
        Map<String, Long> before = rows.snapshot();
        problem(post("{\"kind\": \"AGENCY\", \"reliability\": \"B\"}"), 400, "validation")
                .body("errors.field", hasItem("name"));
        problem(post("{\"name\": \" \", \"kind\": \"AGENCY\", \"reliability\": \"B\"}"), 400, "validation");
        problem(post("{\"name\": \"X\", \"kind\": \"AGENCY\", \"reliability\": \"G\"}"), 400, "validation")
                .body("errors[0].field", equalTo("reliability"))
                .body("detail", Matchers.containsString("A, B, C, D, E, F"));
        problem(post("{\"name\": \"X\", \"kind\": \"BLOG\", \"reliability\": \"B\"}"), 400, "validation")
                .body("errors[0].field", equalTo("kind"));
        problem(
                        post(
                                "{\"name\": \"X\", \"kind\": \"AGENCY\", \"reliability\": \"B\", \"homepage\": \"javascript:alert(1)\"}"),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("homepage"));
        problem(post("{\"name\": \"X\", "), 400, "malformed-body");
        problem(
                given().contentType(ContentType.TEXT)
                        .body("name=X")
                        .post("/sources")
                        .then(),
                415,
                "unsupported-media-type");
        assertEquals(before, rows.snapshot());
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        problem(
                        given().get("/sources/{id}", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                                .then(),
                        404,
                        "not-found")
                .body("instance", endsWith("/sources/7d444840-9dc0-11d1-b245-5ffdce74fad2"));
        problem(given().get("/sources/{id}", "../../etc/passwd").then(), 400, "bad-request");
        problem(given().get("/sources/{id}", "not-a-uuid").then(), 400, "bad-request");
        problem(
                given().get("/sources/{id}/reliability-history", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                        .then(),
                404,
                "not-found");
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("reliability", "C", "rationale", "r"))
                        .put("/sources/{id}/reliability", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void refusesOutOfRangePaging() {
        problem(given().queryParam("size", 201).get("/sources").then(), 400, "validation")
                .body("errors[0].field", equalTo("size"));
        problem(given().queryParam("page", -1).get("/sources").then(), 400, "validation")
                .body("errors[0].field", equalTo("page"));
        problem(given().queryParam("size", "lots").get("/sources").then(), 400, "bad-request");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/sources").then();
    }
}
