package io.credence.audit;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.credence.support.AdjustableClock;
import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /claims/{id}?asOf= rebuilds from the trail what GET /claims/{id} showed at that time. */
@QuarkusTest
class AsOfTest {

    /** Time moves on when the test says so, not by sleeping. */
    private AdjustableClock clock;

    @BeforeEach
    void adjustableClock() {
        clock = AdjustableClock.install();
    }

    @BeforeAll
    static void readNumbersAsDoubles() {
        Api.readNumbersAsDoubles();
    }

    @Test
    void rebuildsTheClaimAsItStoodAtEachMoment() {
        Instant beforeItExisted = clock.instant();
        clock.advance(Duration.ofMillis(5));
        String text = unique("Gold for drones, as of");
        String claim = Api.createClaim(text);
        String wire = Api.createSource(unique("Wire"), "A");
        Api.addEvidence(claim, wire, "SUPPORTS", 1);
        JsonPath first = given().get("/claims/{id}", claim).then().extract().jsonPath();
        Instant firstMoment = clock.instant();
        clock.advance(Duration.ofMillis(5));

        String ministry = Api.createSource(unique("Ministry"), "B");
        String refutation = Api.addEvidence(claim, ministry, "REFUTES", 2);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Forged"))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, refutation)
                .then()
                .statusCode(200);
        String etag = given().get("/claims/{id}", claim).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("rating", 4, "rationale", "Confirmed"))
                .put("/claims/{id}/verdict", claim)
                .then()
                .statusCode(200);
        Api.rerate(wire, "D", "Downgraded");
        JsonPath second = given().get("/claims/{id}", claim).then().extract().jsonPath();
        Instant secondMoment = clock.instant();
        clock.advance(Duration.ofMillis(5));
        Api.rerate(wire, "A", "Restored");

        JsonPath then = asOf(claim, firstMoment);
        assertEquals(text, then.getString("claim.text"));
        assertEquals(first.getString("status"), then.getString("assessment.status"));
        assertEquals(first.getDouble("probability"), then.getDouble("assessment.probability"), 1e-12);
        assertEquals(1, then.getList("evidence").size());
        assertNull(then.get("verdict"));
        assertEquals("NEW", then.getString("workflowState"));
        // The wire alone (A1) then: a second independent origin would have confirmed it
        assertEquals(
                "One more independent origin graded C3 or better that supports it would make it CONFIRMED.",
                then.getString(
                        "assessment.wouldChange.find { it.kind == 'ADD' && it.status == 'CONFIRMED' }.sentence"));

        JsonPath later = asOf(claim, secondMoment);
        assertEquals(second.getString("status"), later.getString("assessment.status"));
        assertEquals(second.getDouble("probability"), later.getDouble("assessment.probability"), 1e-12);
        assertEquals(2, later.getList("evidence").size());
        assertEquals(List.of(refutation), later.getList("evidence.findAll { it.withdrawalReason == 'Forged' }.id"));
        assertEquals(4, later.getInt("verdict.rating"));

        problem(
                given().queryParam("asOf", beforeItExisted.toString())
                        .get("/claims/{id}", claim)
                        .then(),
                404,
                "not-found");
        problem(
                given().queryParam("asOf", "last tuesday")
                        .get("/claims/{id}", claim)
                        .then(),
                400,
                "bad-request");
    }

    /** A claim exists as of the instant it says it was created: the row and its event carry one timestamp. */
    @Test
    void aClaimExistsAsOfItsOwnCreationTime() {
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("text", unique("Created at once")))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String claim = created.getString("id");
        String createdAt = created.getString("createdAt");
        assertEquals(
                createdAt,
                given().get("/claims/{id}", claim).then().extract().path("createdAt"),
                "the 201 and a later read show the same instant");
        assertEquals(
                created.getString("text"), asOf(claim, Instant.parse(createdAt)).getString("claim.text"));
        assertEquals(
                createdAt,
                given().get("/claims/{id}/history", claim).then().extract().path("[0].at"));
    }

    private static JsonPath asOf(String claim, Instant at) {
        return given().queryParam("asOf", at.toString())
                .get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
