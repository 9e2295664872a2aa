package io.credence.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;

/** Test fixtures made through the public API, so they work against the packaged service too. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {}

    /** JSON numbers as doubles, not REST Assured's default floats, so probabilities compare exactly. */
    public static void readNumbersAsDoubles() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** A name no other test uses, so listings filtered by it see only this test's data. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A made-up word of letters only (digits would be numbers to the matcher) that no other test uses. */
    public static String uniqueWord(String prefix) {
        return prefix
                + UUID.randomUUID()
                        .toString()
                        .replace("-", "")
                        .chars()
                        .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                        .collect(Collectors.joining())
                        .substring(0, 8);
    }

    public static String createSource(String name, String reliability) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "OUTLET", "reliability", reliability))
                .post("/sources")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String createClaim(String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Publishes a verdict on the claim and moves it to PUBLISHED, so its ClaimReview is served. */
    public static void publish(String claimId, int rating, String rationale) {
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(claimId))
                .body(Map.of("rating", rating, "rationale", rationale))
                .put("/claims/{id}/verdict", claimId)
                .then()
                .statusCode(200);
        for (String state : List.of("IN_REVIEW", "PUBLISHED")) {
            if (!state.equals(
                    given().get("/claims/{id}", claimId).then().extract().path("workflowState"))) {
                given().contentType(ContentType.JSON)
                        .header("If-Match", etag(claimId))
                        .body(Map.of("state", state))
                        .put("/claims/{id}/workflow", claimId)
                        .then()
                        .statusCode(200);
            }
        }
    }

    public static String etag(String claimId) {
        return given().get("/claims/{id}", claimId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static String addEvidence(String claimId, String sourceId, String stance, int credibility) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("sourceId", sourceId, "stance", stance, "credibility", credibility))
                .post("/claims/{id}/evidence", claimId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Re-rates a source and waits for the background reassessment its answer links to, so the claims
     * it bears on show their new status; returns the finished job.
     */
    public static JsonPath rerate(String sourceId, String reliability, String rationale) {
        String link = given().contentType(ContentType.JSON)
                .body(Map.of("reliability", reliability, "rationale", rationale))
                .put("/sources/{id}/reliability", sourceId)
                .then()
                .statusCode(200)
                .extract()
                .header("Link");
        Matcher job =
                Pattern.compile("/jobs/([0-9a-f-]{36})>; *rel=\"reassessment\"").matcher(link == null ? "" : link);
        Assertions.assertTrue(job.find(), "no reassessment job linked: " + link);
        return awaitJob(job.group(1));
    }

    /** Polls a reassessment job until it is DONE (or fails the test after 30 s). */
    public static JsonPath awaitJob(String jobId) {
        return Awaitility.await("job " + jobId + " done")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> given().get("/jobs/{id}", jobId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        job -> "DONE".equals(job.getString("state")));
    }

    /**
     * Ends every subscription still active. Those other tests leave behind point at receivers that are
     * gone; a test that measures how soon its own notices come removes them first, or their retries
     * take the senders and the lanes' places ahead of its notices. Removal marks their pending
     * deliveries failed.
     */
    public static void removeActiveWebhooks() {
        List<String> active =
                given().get("/webhooks").then().statusCode(200).extract().path("findAll { it.removedAt == null }.id");
        for (String id : active) {
            given().delete("/webhooks/{id}", id).then().statusCode(204);
        }
    }

    /** Asserts an RFC 9457 problem response of the given status and type slug. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:credence:problem:" + typeSlug))
                .body("status", equalTo(status))
                .body("title", Matchers.notNullValue())
                .body("detail", Matchers.notNullValue());
    }
}
