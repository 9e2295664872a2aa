package io.credence;

import static io.credence.support.ReviewVerifier.verify;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.support.Api;
import io.credence.support.ReviewVerifier.Verification;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article's claim walked through as a desk would: after each item the assessment says what would
 * change its status, and doing exactly what it says gets there; the published verdict's ClaimReview is
 * verified offline against the published keys, and a partner's tampered copy is refused.
 */
@QuarkusTest
class SeedClaimDeskWalkTest {

    private static final String CLAIM = "Moscow paid for the drones with at least 1.8 tons of gold bars";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path files;

    @Test
    void aDeskFollowsWhatWouldChangeTheStatusThenPublishesAReviewAPartnerCanVerify() throws Exception {
        String claim = given().contentType(ContentType.JSON)
                .body(Map.of("text", CLAIM, "claimant", "Unnamed official"))
                .post("/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath nothingYet = assessment(claim);
        assertThat(nothingYet.getString("status")).isEqualTo("UNVERIFIED");
        assertThat(nothingYet.getList("wouldChange.kind"))
                .as("with no evidence there is only adding")
                .containsOnly("ADD");

        // A wire's report, B2: one origin never confirms; the assessment names the second origin that would.
        String wire = Api.addEvidence(claim, Api.createSource(Api.unique("Wire"), "B"), "SUPPORTS", 2);
        JsonPath afterWire = assessment(claim);
        assertThat(afterWire.getString("status")).isEqualTo("LIKELY_TRUE");
        Map<String, Object> toConfirm = change(afterWire, "ADD", "CONFIRMED", "SUPPORTS");
        assertThat(toConfirm.get("minimumGrades")).isEqualTo(List.of("C3"));
        assertThat(toConfirm.get("sentence"))
                .isEqualTo("One more independent origin graded C3 or better that supports it would make it CONFIRMED.");
        Map<String, Object> undo = afterWire.getMap("wouldChange.find { it.kind == 'WITHDRAW' }");
        assertThat(undo.get("evidenceId")).isEqualTo(wire);
        assertThat(undo.get("status")).isEqualTo("UNVERIFIED");

        // Doing exactly that: a C3 paper of its own origin.
        addGraded(claim, "Paper", "SUPPORTS", "C3");
        JsonPath confirmed = assessment(claim);
        assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");

        // A refutation of the weakest grade the assessment names makes it what it says.
        Map<String, Object> toContest =
                confirmed.getMap("wouldChange.find { it.kind == 'ADD' && it.stance == 'REFUTES' }");
        assertThat(toContest)
                .as("something refuting would move a confirmed claim")
                .isNotNull();
        String grade = ((List<String>) toContest.get("minimumGrades")).get(0);
        addGraded(claim, "Ministry", "REFUTES", grade);
        assertThat(assessment(claim).getString("status")).isEqualTo(toContest.get("status"));

        // The desk decides and publishes; its ClaimReview is signed and names the verdict's audit event.
        Api.publish(claim, 3, "The gold shipment is documented; its size is disputed by the ministry");
        String review = given().get("/claims/{id}/claim-review", claim)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode published = JSON.readTree(review);
        assertThat(published.path("claimReviewed").asText()).isEqualTo(CLAIM);
        assertThat(published.path("verdictEvent").path("chain").asText()).isEqualTo("claim:" + claim);
        Path keys = Files.writeString(
                files.resolve("jwks.json"),
                given().get("/.well-known/jwks.json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());

        Verification offline = verify(Files.writeString(files.resolve("review.json"), review), keys);
        assertThat(offline.status()).as(offline.output()).isZero();
        assertThat(offline.output()).startsWith("VERIFIED #1 ").contains("1 of 1 verified");

        // A partner's copy says the desk found it false: refused, with the reason.
        ObjectNode tampered = published.deepCopy();
        ((ObjectNode) tampered.path("reviewRating")).put("ratingValue", 1).put("alternateName", "False");
        Verification refused = verify(Files.writeString(files.resolve("tampered.json"), tampered.toString()), keys);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.output()).contains("REFUSED #1").contains("the signature does not match the document");
    }

    private static JsonPath assessment(String claim) {
        return given().get("/claims/{id}/assessment", claim)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Map<String, Object> change(JsonPath assessment, String kind, String status, String stance) {
        return assessment.getMap("wouldChange.find { it.kind == '" + kind + "' && it.status == '" + status
                + "' && it.stance == '" + stance + "' }");
    }

    /** An item of its own origin with the grade given ("C3": reliability C, credibility 3). */
    private static void addGraded(String claim, String kind, String stance, String grade) {
        Api.addEvidence(
                claim,
                Api.createSource(Api.unique(kind), grade.substring(0, 1)),
                stance,
                Integer.parseInt(grade.substring(1)));
    }
}
