package io.credence.reassessment;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The confidence engine through HTTP, with the shipped table (application.properties):
 * trust A 1.0, D 0.3, E 0.1; credibility weight 1 → 3.6, 2 → 2.8, 5 → 0.4; W = 2, a = 0.5.
 */
@QuarkusTest
class AssessmentResourceTest {

    private static final double EPS = 1e-9;

    @BeforeAll
    static void readNumbersAsDoubles() {
        Api.readNumbersAsDoubles();
    }

    @Test
    void statusFollowsEvidenceAndReliabilityChanges() {
        String claim = Api.createClaim(unique("Gold paid for drones"));
        String wire = Api.createSource(unique("Wire"), "A");
        String blog = Api.createSource(unique("Blog"), "E");

        Api.addEvidence(claim, wire, "SUPPORTS", 1);
        // r = 1.0 × 3.6 = 3.6, s = 0: P = (3.6 + 0.5 × 2) / 5.6 = 0.82, u = 2 / 5.6 = 0.36; one origin
        // cannot confirm, so LIKELY_TRUE with P held at 0.79 inside its band
        given().get("/claims/{id}", claim)
                .then()
                .body("status", equalTo("LIKELY_TRUE"))
                .body("probability", equalTo(0.79))
                .body("uncertainty", equalTo(0.36))
                .body("likelihood", equalTo("likely"));

        Api.addEvidence(claim, blog, "REFUTES", 5);
        // E5 is below the D4 an item needs to count: nothing changes
        given().get("/claims/{id}", claim)
                .then()
                .body("status", equalTo("LIKELY_TRUE"))
                .body("probability", equalTo(0.79))
                .body("disbelief", equalTo(0.0));

        Api.rerate(wire, "D", "Retracted twice");
        // D1: r = 0.3 × 3.6 = 1.08: u = 2 / 3.08 = 0.65 > 0.5, so UNVERIFIED; P = (1.08 + 1) / 3.08 = 0.68
        given().get("/claims/{id}", claim)
                .then()
                .body("status", equalTo("UNVERIFIED"))
                .body("probability", equalTo(0.68))
                .body("uncertainty", equalTo(0.65))
                .body("likelihood", equalTo("not judged: too little evidence"));
        given().queryParam("status", "UNVERIFIED")
                .queryParam("q", "Gold paid for drones")
                .queryParam("size", 200)
                .get("/claims")
                .then()
                .body("items.id", hasItem(claim));
        given().queryParam("status", "LIKELY_TRUE")
                .queryParam("size", 200)
                .get("/claims")
                .then()
                .body("items.id", not(hasItem(claim)));
    }

    @Test
    void derivationLetsAReaderRecomputeTheProbability() {
        String claim = Api.createClaim(unique("Recomputable"));
        String wire = Api.createSource(unique("Wire"), "B");
        String paper = Api.createSource(unique("Paper"), "C");
        String first = Api.addEvidence(claim, wire, "SUPPORTS", 2);
        String second = Api.addEvidence(claim, paper, "REFUTES", 3);

        JsonPath a = given().get("/claims/{id}/assessment", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(first, second), a.getList("derivation.items.evidenceId"));
        // weight = trust × credibilityWeight × (1 − rumourPenalty), for each item
        for (Map<String, Object> item : a.<Map<String, Object>>getList("derivation.items")) {
            assertEquals(
                    num(item, "trust") * num(item, "credibilityWeight") * (1 - num(item, "rumourPenalty")),
                    num(item, "weight"),
                    EPS);
            assertEquals("COUNTED", item.get("role"));
        }
        double r = a.getDouble("derivation.r.total");
        double s = a.getDouble("derivation.s.total");
        double w = a.getDouble("derivation.priorWeight");
        assertEquals(0.8 * 2.8, r, EPS);
        assertEquals(0.6 * 2.0, s, EPS);
        assertEquals(r, a.getDouble("derivation.items[1].runningR"), EPS);
        assertEquals(s, a.getDouble("derivation.items[1].runningS"), EPS);
        assertEquals(r / (r + s + w), a.getDouble("derivation.belief"), EPS);
        assertEquals(s / (r + s + w), a.getDouble("derivation.disbelief"), EPS);
        assertEquals(w / (r + s + w), a.getDouble("derivation.uncertainty"), EPS);
        assertEquals(
                a.getDouble("derivation.belief")
                        + a.getDouble("derivation.baseRate") * a.getDouble("derivation.uncertainty"),
                a.getDouble("derivation.probability"),
                EPS);
        // the numbers a desk reads are the exact ones to the hundredth
        assertEquals(Math.round(a.getDouble("derivation.belief") * 100) / 100.0, a.getDouble("belief"), 0.0);
        // u = 2 / 5.44 = 0.37 ≤ 0.5; b = 0.41, d = 0.22 (not contested); P = 3.24 / 5.44 = 0.5956: LIKELY_TRUE
        assertEquals("LIKELY_TRUE", a.getString("status"));
        assertEquals(0.6, a.getDouble("probability"), 0.0);
        assertEquals(4, a.getInt("rating.value"));
        assertEquals("likely", a.getString("likelihood"));
        assertEquals(0.5, a.getDouble("derivation.thresholds.unverifiedAbove"), EPS);
    }

    @Test
    void outletsRepeatingOneWireReportCountOnce() {
        String claim = Api.createClaim(unique("Repeated"));
        String wire = Api.createSource(unique("Wire"), "B");
        String[] outlets = {
            Api.createSource(unique("Outlet"), "B"),
            Api.createSource(unique("Outlet"), "B"),
            Api.createSource(unique("Outlet"), "B")
        };
        for (String outlet : outlets) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("sourceId", outlet, "stance", "SUPPORTS", "credibility", 2, "citesSourceId", wire))
                    .post("/claims/{id}/evidence", claim)
                    .then()
                    .statusCode(201);
        }
        // one origin (the wire): r = 0.8 × 2.8 = 2.24 however many outlets repeat it
        JsonPath a =
                given().get("/claims/{id}/assessment", claim).then().extract().jsonPath();
        assertEquals(2.24, a.getDouble("derivation.r.total"), EPS);
        assertEquals(1, a.getInt("independentOrigins"));
        List<String> roles = a.getList("derivation.items.role");
        assertEquals(1, roles.stream().filter("COUNTED"::equals).count());
        assertEquals(2, roles.stream().filter("REPEAT"::equals).count());
        given().get("/claims/{id}", claim).then().body("probability", equalTo(0.76)); // 3.24 / 4.24
    }

    @Test
    void withdrawingAnItemRestoresTheEarlierAssessment() {
        String claim = Api.createClaim(unique("Withdrawn"));
        Api.addEvidence(claim, Api.createSource(unique("Wire"), "A"), "SUPPORTS", 2);
        double before =
                given().get("/claims/{id}", claim).then().extract().jsonPath().getDouble("probability");
        String refutation = Api.addEvidence(claim, Api.createSource(unique("Ministry"), "A"), "REFUTES", 1);
        given().get("/claims/{id}", claim).then().body("probability", not(closeTo(before, EPS)));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "Forged document"))
                .post("/claims/{c}/evidence/{e}/withdrawal", claim, refutation)
                .then()
                .statusCode(200);
        given().get("/claims/{id}", claim)
                .then()
                .body("probability", closeTo(before, EPS))
                .body("status", equalTo("LIKELY_TRUE"));
        given().get("/claims/{id}/assessment", claim)
                .then()
                .body("derivation.items.role", contains("COUNTED", "WITHDRAWN"))
                .body("derivation.items[1].repeatOf", nullValue());
    }

    @Test
    void aReliabilityChangeReassessesEveryClaimTheSourceBearsOn() {
        String source = Api.createSource(unique("Shared wire"), "A");
        String one = Api.createClaim(unique("First"));
        String two = Api.createClaim(unique("Second"));
        Api.addEvidence(one, source, "SUPPORTS", 2);
        Api.addEvidence(two, source, "REFUTES", 2);

        JsonPath job = Api.rerate(source, "F", "Cannot be judged any more");
        assertEquals(2, job.getInt("total"));
        assertEquals(2, job.getInt("changed"));
        // trust(F) = 0: neither item weighs anything; both claims are back at the base rate
        for (String claim : List.of(one, two)) {
            given().get("/claims/{id}", claim)
                    .then()
                    .body("status", equalTo("UNVERIFIED"))
                    .body("probability", closeTo(0.5, EPS));
        }
    }

    @Test
    void evidenceAddedConcurrentlyToOneClaimIsAllCounted() throws Exception {
        String claim = Api.createClaim(unique("Busy claim"));
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sources.add(Api.createSource(unique("Witness"), "A"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(sources.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String source : sources) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("sourceId", source, "stance", "SUPPORTS", "credibility", 2))
                        .post("/claims/{id}/evidence", claim)
                        .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // Each write reassessed with every earlier one in view: the stored result is the full one.
        // r = 8 independent origins × 1.0 × 2.8 = 22.4; P = (22.4 + 1) / 24.4 = 0.96
        JsonPath stored = given().get("/claims/{id}", claim).then().extract().jsonPath();
        JsonPath explained =
                given().get("/claims/{id}/assessment", claim).then().extract().jsonPath();
        assertEquals(22.4, explained.getDouble("derivation.r.total"), EPS);
        assertEquals(23.4 / 24.4, explained.getDouble("derivation.probability"), EPS);
        assertEquals(0.96, stored.getDouble("probability"), 0.0);
        assertEquals(explained.getDouble("probability"), stored.getDouble("probability"), EPS);
        assertEquals("CONFIRMED", stored.getString("status"));
        assertEquals(8, stored.getInt("version"));
    }

    @Test
    void anUnknownClaimHasNoAssessment() {
        problem(
                given().get("/claims/{id}/assessment", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                        .then(),
                404,
                "not-found");
    }

    private static double num(Map<String, Object> item, String key) {
        return ((Number) item.get(key)).doubleValue();
    }
}
