package io.credence.verdict;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credence.support.Api;
import io.credence.support.RowCounts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerdictResourceTest {

    private static final Map<String, Object> MOSTLY_FALSE =
            Map.of("rating", 2, "rationale", "Customs records show no gold.");

    @Inject
    RowCounts rows;

    @Test
    void aVerdictNeedsTheCurrentETag() {
        String claim = Api.createClaim(unique("Guarded verdict"));
        Map<String, Long> before = rows.snapshot();
        problem(put(claim, null, MOSTLY_FALSE), 428, "precondition-required");
        problem(put(claim, "\"41\"", MOSTLY_FALSE), 412, "precondition-failed");
        assertEquals(before, rows.snapshot());
        problem(given().get("/claims/{id}/verdict", claim).then(), 404, "not-found");
    }

    @Test
    void aNewVerdictSupersedesTheLastAndBothStay() {
        String claim = Api.createClaim(unique("Twice judged"));
        put(claim, etag(claim), MOSTLY_FALSE)
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("rating", equalTo(2))
                .body("label", equalTo("Mostly false"))
                .body("publishedBy", equalTo("test editor"));
        put(claim, "\"1\"", Map.of("rating", 1, "label", "Pants on fire", "rationale", "Invented."))
                .statusCode(200);

        given().get("/claims/{id}/verdict", claim)
                .then()
                .body("rating", equalTo(1))
                .body("label", equalTo("Pants on fire"));
        given().get("/claims/{id}/verdicts", claim)
                .then()
                .body("rating", contains(2, 1))
                .body("[0].supersededAt", notNullValue())
                .body("[1].supersededAt", nullValue());
        given().get("/claims/{id}", claim)
                .then()
                .body("verdictRating", equalTo(1))
                .body("version", equalTo(2));
        given().get("/claims/{id}/history", claim)
                .then()
                .body("action", contains("claim.registered", "verdict.published", "verdict.published"))
                .body("[2].before.rating", equalTo(2))
                .body("[2].after.rating", equalTo(1))
                .body("[2].reason", equalTo("Invented."));
        problem(given().delete("/claims/{id}/verdict", claim).then(), 405, "method-not-allowed");
    }

    @Test
    void verdictsFarFromTheComputedRatingAreListedForReview() {
        String source = Api.createSource(unique("Wire"), "A");
        String divergent = Api.createClaim(unique("Divergent"));
        String close = Api.createClaim(unique("Close"));
        for (String claim : List.of(divergent, close)) {
            Api.addEvidence(claim, source, "SUPPORTS", 1); // computed: LIKELY_TRUE, rating 4
        }
        put(divergent, etag(divergent), Map.of("rating", 1, "rationale", "Fabricated"))
                .statusCode(200);
        put(close, etag(close), Map.of("rating", 3, "rationale", "Half right")).statusCode(200);
        given().queryParam("divergent", true)
                .queryParam("size", 200)
                .get("/claims")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(divergent))
                .body("items.id", not(hasItem(close)));
        given().get("/claims/{id}", divergent)
                .then()
                .body("computedRating", equalTo(4))
                .body("verdictRating", equalTo(1));
    }

    @Test
    void ofSixteenEditorsWithOneETagExactlyOneWins() throws Exception {
        String claim = Api.createClaim(unique("Contended"));
        String etag = etag(claim);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                int rating = 1 + i % 5;
                Callable<Integer> call = () -> given().contentType(ContentType.JSON)
                        .header("If-Match", etag)
                        .body(Map.of("rating", rating, "rationale", "Editor " + rating))
                        .put("/claims/{id}/verdict", claim)
                        .statusCode();
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(15, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        List<String> actions =
                given().get("/claims/{id}/history", claim).then().extract().path("action");
        assertEquals(1, actions.stream().filter("verdict.published"::equals).count());
        given().get("/claims/{id}/verdicts", claim).then().body("size()", equalTo(1));
    }

    @Test
    void workflowMovesOnlyForwardWithTheCurrentETagAndNewEvidenceReopens() {
        String claim = Api.createClaim(unique("Workflow"));
        problem(workflow(claim, etag(claim), "PUBLISHED"), 409, "conflict");
        problem(workflow(claim, null, "IN_REVIEW"), 428, "precondition-required");
        workflow(claim, etag(claim), "IN_REVIEW")
                .statusCode(200)
                .body("workflowState", equalTo("IN_REVIEW"))
                .body("assignee", equalTo("Desk editor"));
        problem(workflow(claim, "\"0\"", "PUBLISHED"), 412, "precondition-failed");
        workflow(claim, etag(claim), "PUBLISHED").statusCode(200).body("workflowState", equalTo("PUBLISHED"));

        Api.addEvidence(claim, Api.createSource(unique("Late wire"), "B"), "REFUTES", 2);
        given().get("/claims/{id}", claim).then().body("workflowState", equalTo("IN_REVIEW"));
        given().queryParam("workflow", "IN_REVIEW")
                .queryParam("q", "Workflow")
                .queryParam("size", 200)
                .get("/claims")
                .then()
                .body("items.id", hasItem(claim));
        given().get("/claims/{id}/history", claim)
                .then()
                .body(
                        "action",
                        contains(
                                "claim.registered",
                                "claim.workflow-changed",
                                "claim.workflow-changed",
                                "evidence.added",
                                "claim.status-computed",
                                "claim.workflow-changed"));
    }

    /** Only one strong ETag naming the current version passes ("*" let 16 concurrent PUTs all publish). */
    @Test
    void ifMatchMustBeExactlyTheCurrentStrongETag() {
        String claim = Api.createClaim(unique("Strict If-Match"));
        String current = etag(claim);
        String number = current.replace("\"", "");
        for (String loose : List.of(
                "*", current + ", \"999\"", "\"999\", " + current, "W/" + current, number, " " + current + "x")) {
            problem(put(claim, loose, Map.of("rating", 3, "rationale", "Loose")), 412, "precondition-failed");
            problem(workflow(claim, loose, "IN_REVIEW"), 412, "precondition-failed");
        }
        given().get("/claims/{id}/verdicts", claim).then().statusCode(200).body("size()", equalTo(0));
        String written = put(claim, current, Map.of("rating", 3, "rationale", "Strict"))
                .statusCode(200)
                .extract()
                .header("ETag");
        assertEquals(etag(claim), written, "the ETag answered is the version the write made");
    }

    private static String etag(String claim) {
        return given().get("/claims/{id}", claim)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static ValidatableResponse put(String claim, String ifMatch, Map<String, Object> body) {
        var spec = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            spec = spec.header("If-Match", ifMatch);
        }
        return spec.put("/claims/{id}/verdict", claim).then();
    }

    private static ValidatableResponse workflow(String claim, String ifMatch, String state) {
        var spec = given().contentType(ContentType.JSON)
                .body(Map.of("state", state, "assignee", "Desk editor", "reason", "Desk decision"));
        if (ifMatch != null) {
            spec = spec.header("If-Match", ifMatch);
        }
        return spec.put("/claims/{id}/workflow", claim).then();
    }
}
