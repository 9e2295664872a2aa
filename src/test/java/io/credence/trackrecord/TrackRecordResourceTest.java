package io.credence.trackrecord;

import static io.credence.support.Api.problem;
import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.credence.support.Api;
import io.credence.support.RoleKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A source judged by its record through the API: the suggestion appears only once enough claims are
 * resolved, is never applied by itself, and an admin accepts it (a re-rating) or dismisses it (audited,
 * hidden until the record grows).
 */
@QuarkusTest
class TrackRecordResourceTest {

    /** A claim the source reports on first-hand, then judged by the desk. */
    private static void resolvedClaim(String source, String stance, int verdict) {
        String claim = Api.createClaim(unique("Track record claim"));
        Api.addEvidence(claim, source, stance, 2);
        Api.publish(claim, verdict, "Checked against the records");
    }

    @Test
    void aReliableSourceRatedDIsSuggestedBAndAnAdminAcceptsItAsAReRating() {
        String source = Api.createSource(unique("Underrated wire"), "D");
        resolvedClaim(source, "SUPPORTS", 5);
        given().get("/sources/{id}/track-record", source)
                .then()
                .statusCode(200)
                .body("resolved", equalTo(1))
                .body("agreed", equalTo(1))
                .body("suggestion", nullValue());
        for (int i = 0; i < 5; i++) {
            resolvedClaim(source, i % 2 == 0 ? "SUPPORTS" : "REFUTES", i % 2 == 0 ? 4 : 1);
        }

        given().get("/sources/{id}/track-record", source)
                .then()
                .statusCode(200)
                .body("reliability", equalTo("D"))
                .body("resolved", equalTo(6))
                .body("agreed", equalTo(6))
                .body("disagreed", equalTo(0))
                .body("claims", hasSize(6))
                .body("claims.outcome", hasItem("AGREED"))
                .body("suggestion.reliability", equalTo("B"))
                .body("suggestion.direction", equalTo("RAISE"))
                .body("suggestion.because", containsString("6 claims"));
        // Not applied by itself.
        given().get("/sources/{id}", source).then().body("reliability", equalTo("D"));
        // An editor cannot accept; an admin must name the rating they saw.
        given().header("Authorization", RoleKeys.bearer(RoleKeys.As.EDITOR))
                .contentType(ContentType.JSON)
                .body(Map.of("reliability", "B"))
                .post("/sources/{id}/track-record/acceptance", source)
                .then()
                .statusCode(403);
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("reliability", "A"))
                        .post("/sources/{id}/track-record/acceptance", source)
                        .then(),
                409,
                "conflict");

        String link = given().contentType(ContentType.JSON)
                .body(Map.of("reliability", "B", "reason", "Agreed at the desk meeting"))
                .post("/sources/{id}/track-record/acceptance", source)
                .then()
                .statusCode(200)
                .body("reliability", equalTo("B"))
                .extract()
                .header("Link");
        Api.awaitJob(link.replaceAll(".*/jobs/([0-9a-f-]{36}).*", "$1"));
        given().get("/sources/{id}/reliability-history", source)
                .then()
                .statusCode(200)
                .body("[-1].reliability", equalTo("B"))
                .body("[-1].rationale", startsWith("Track record: Of its first-hand reports on 6 claims"))
                .body("[-1].rationale", containsString("Agreed at the desk meeting"));
        given().get("/sources/{id}/track-record", source).then().body("suggestion", nullValue());
    }

    @Test
    void aDismissedSuggestionIsAuditedAndReturnsOnlyWhenTheRecordGrows() {
        String source = Api.createSource(unique("Overrated outlet"), "A");
        for (int i = 0; i < 6; i++) {
            resolvedClaim(source, "SUPPORTS", i == 0 ? 5 : 1);
        }
        given().get("/sources/{id}/track-record", source)
                .then()
                .body("agreed", equalTo(1))
                .body("disagreed", equalTo(5))
                .body("suggestion.direction", equalTo("LOWER"))
                .body("suggestion.reliability", equalTo("D"));

        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("reliability", "D"))
                        .post("/sources/{id}/track-record/dismissal", source)
                        .then(),
                400,
                "validation");
        String dismissal = given().contentType(ContentType.JSON)
                .body(Map.of("reliability", "D", "reason", "Its misses were all one reporter, since let go"))
                .post("/sources/{id}/track-record/dismissal", source)
                .then()
                .statusCode(201)
                .body("suggested", equalTo("D"))
                .body("resolved", equalTo(6))
                .extract()
                .path("id");
        given().get("/sources/{id}/track-record", source)
                .then()
                .body("suggestion", nullValue())
                .body("dismissed.id", equalTo(dismissal))
                .body("dismissed.reason", startsWith("Its misses"));
        given().get("/sources/{id}", source).then().body("reliability", equalTo("A"));
        given().queryParam("action", "source.rating-suggestion-dismissed")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items.entityId", hasItem(dismissal));
        given().get("/audit/verification").then().statusCode(200).body("valid", equalTo(true));

        resolvedClaim(source, "SUPPORTS", 1);
        given().get("/sources/{id}/track-record", source)
                .then()
                .body("resolved", equalTo(7))
                .body("suggestion.reliability", notNullValue())
                .body("dismissed", nullValue());
    }

    @Test
    void anUnknownSourceHasNoRecord() {
        problem(given().get("/sources/{id}/track-record", UUID.randomUUID()).then(), 404, "not-found");
    }
}
