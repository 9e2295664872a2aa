package io.credence.evidence;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvidenceResourceTest {

    private static final String UNKNOWN_ID = "7d444840-9dc0-11d1-b245-5ffdce74fad2";
    private static final String EXCERPT = "Officials confirmed that 1.8 tonnes of gold left for Tehran.";

    @Inject
    RowCounts rows;

    @Test
    void attachesEvidenceWithEveryField() {
        String claim = Api.createClaim(unique("Gold for drones"));
        String wire = Api.createSource(unique("Wire"), "A");
        String outlet = Api.createSource(unique("Outlet"), "C");
        String body = """
                {"sourceId": "%s", "stance": "SUPPORTS", "credibility": 2, "url": "https://outlet.example/gold",
                 "excerpt": "%s", "observedAt": "2026-11-21T10:00:00Z", "citesSourceId": "%s"}""".formatted(outlet, EXCERPT, wire);

        String location = given().contentType(ContentType.JSON)
                .body(body)
                .post("/claims/{id}/evidence", claim)
                .then()
                .statusCode(201)
                .body("claimId", equalTo(claim))
                .body("sourceId", equalTo(outlet))
                .body("citesSourceId", equalTo(wire))
                .body("withdrawn", equalTo(false))
                .extract()
                .header("Location");

        given().get(location)
                .then()
                .statusCode(200)
                .body("stance", equalTo("SUPPORTS"))
                .body("credibility", equalTo(2))
                .body("url", equalTo("https://outlet.example/gold"))
                .body("excerpt", equalTo(EXCERPT))
                .body("observedAt", equalTo("2026-11-21T10:00:00Z"))
                .body("createdAt", notNullValue());
    }

    @Test
    void listsEvidenceOldestFirstAndMovesTheClaimVersionOn() {
        String claim = Api.createClaim(unique("Listed"));
        String source = Api.createSource(unique("Lister"), "B");
        String first = Api.addEvidence(claim, source, "SUPPORTS", 2);
        String second = Api.addEvidence(claim, source, "REFUTES", 4);
        String third = Api.addEvidence(claim, source, "CONTEXT", 6);

        given().get("/claims/{id}/evidence", claim)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(first, second, third))
                .body("items.stance", contains("SUPPORTS", "REFUTES", "CONTEXT"));
        given().queryParam("size", 2)
                .queryParam("page", 1)
                .get("/claims/{id}/evidence", claim)
                .then()
                .body("items.id", contains(third));
        given().get("/claims/{id}", claim).then().header("ETag", "\"3\"").body("version", equalTo(3));
    }

    @Test
    void withdrawsAnItemWithoutDeletingIt() {
        String claim = Api.createClaim(unique("Withdrawn"));
        String item = Api.addEvidence(claim, Api.createSource(unique("Retracting"), "B"), "SUPPORTS", 3);

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Retracted by its publisher"))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                .then()
                .statusCode(200)
                .body("withdrawn", equalTo(true))
                .body("withdrawnAt", notNullValue())
                .body("withdrawalReason", equalTo("Retracted by its publisher"));

        given().get("/claims/{id}/evidence", claim)
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(item))
                .body("items[0].withdrawn", equalTo(true));
        given().get("/claims/{id}", claim).then().body("version", equalTo(2));
    }

    @Test
    void refusesASecondWithdrawalAndKeepsTheFirstReason() {
        String claim = Api.createClaim(unique("Twice withdrawn"));
        String item = Api.addEvidence(claim, Api.createSource(unique("Once"), "B"), "REFUTES", 3);
        withdraw(claim, item, "First reason").statusCode(200);

        problem(withdraw(claim, item, "Second reason"), 409, "conflict");
        given().get("/claims/{c}/evidence/{e}", claim, item).then().body("withdrawalReason", equalTo("First reason"));
        given().get("/claims/{id}", claim).then().body("version", equalTo(2));
    }

    @Test
    void withdrawalNeedsAReason() {
        String claim = Api.createClaim(unique("Unexplained withdrawal"));
        String item = Api.addEvidence(claim, Api.createSource(unique("Source"), "B"), "SUPPORTS", 2);
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{}")
                                .post("/claims/{c}/evidence/{e}/withdrawal", claim, item)
                                .then(),
                        400,
                        "validation")
                .body("errors.field", hasItem("reason"));
        given().get("/claims/{c}/evidence/{e}", claim, item)
                .then()
                .body("withdrawn", equalTo(false))
                .body("withdrawnAt", nullValue());
    }

    @Test
    void refusesBadEvidenceAndWritesNothing() {
        String claim = Api.createClaim(unique("Guarded"));
        String source = Api.createSource(unique("Guard"), "B");
        Map<String, Long> before = rows.snapshot();

        problem(add(claim, "{\"stance\": \"SUPPORTS\", \"credibility\": 2}"), 400, "validation")
                .body("errors.field", hasItem("sourceId"));
        problem(add(claim, item(source, "\"MAYBE\"", "2")), 400, "validation")
                .body("errors[0].field", equalTo("stance"))
                .body("detail", containsString("SUPPORTS, REFUTES, CONTEXT"));
        problem(add(claim, item(source, "0", "2")), 400, "validation").body("errors[0].field", equalTo("stance"));
        problem(add(claim, item(source, "\"SUPPORTS\"", "0")), 400, "validation")
                .body("errors[0].field", equalTo("credibility"));
        problem(add(claim, item(source, "\"SUPPORTS\"", "7")), 400, "validation")
                .body("errors[0].field", equalTo("credibility"));
        problem(add(claim, item(source, "\"SUPPORTS\"", "2.5")), 400, "validation")
                .body("errors[0].field", equalTo("credibility"));
        problem(add(claim, item(source, "\"SUPPORTS\"", "\"2\"")), 400, "validation")
                .body("errors[0].field", equalTo("credibility"));
        problem(
                        add(claim, "{\"sourceId\": \"not-a-uuid\", \"stance\": \"SUPPORTS\", \"credibility\": 2}"),
                        400,
                        "validation")
                .body("errors[0].field", equalTo("sourceId"));
        problem(add(claim, item(UNKNOWN_ID, "\"SUPPORTS\"", "2")), 422, "unknown-reference")
                .body("detail", containsString("sourceId"));
        problem(
                        add(
                                claim,
                                "{\"sourceId\": \"%s\", \"stance\": \"SUPPORTS\", \"credibility\": 2, \"citesSourceId\": \"%s\"}"
                                        .formatted(source, UNKNOWN_ID)),
                        422,
                        "unknown-reference")
                .body("detail", containsString("citesSourceId"));
        problem(add(UNKNOWN_ID, item(source, "\"SUPPORTS\"", "2")), 404, "not-found");
        problem(add(claim, "{\"sourceId\": "), 400, "malformed-body");
        problem(
                given().contentType(ContentType.TEXT)
                        .body("supports")
                        .post("/claims/{id}/evidence", claim)
                        .then(),
                415,
                "unsupported-media-type");

        assertEquals(before, rows.snapshot());
        given().get("/claims/{id}", claim).then().body("version", equalTo(0));
    }

    @Test
    void evidenceBelongsToItsClaim() {
        String source = Api.createSource(unique("Shared"), "B");
        String claim = Api.createClaim(unique("Owner"));
        String other = Api.createClaim(unique("Other"));
        String item = Api.addEvidence(claim, source, "SUPPORTS", 2);

        problem(given().get("/claims/{c}/evidence/{e}", other, item).then(), 404, "not-found");
        problem(withdraw(other, item, "Wrong claim"), 404, "not-found");
        problem(given().get("/claims/{c}/evidence/{e}", claim, UNKNOWN_ID).then(), 404, "not-found")
                .body("instance", endsWith(UNKNOWN_ID));
        problem(given().get("/claims/{id}/evidence", UNKNOWN_ID).then(), 404, "not-found");
        given().get("/claims/{c}/evidence/{e}", claim, item).then().body("withdrawn", equalTo(false));
    }

    private static String item(String sourceId, String stanceJson, String credibilityJson) {
        return "{\"sourceId\": \"%s\", \"stance\": %s, \"credibility\": %s}"
                .formatted(sourceId, stanceJson, credibilityJson);
    }

    private static ValidatableResponse add(String claimId, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/claims/{id}/evidence", claimId)
                .then();
    }

    private static ValidatableResponse withdraw(String claimId, String itemId, String reason) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("reason", reason))
                .post("/claims/{c}/evidence/{e}/withdrawal", claimId, itemId)
                .then();
    }
}
