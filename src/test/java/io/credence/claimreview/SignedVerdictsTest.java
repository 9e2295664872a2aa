package io.credence.claimreview;

import static io.credence.support.Api.unique;
import static io.credence.support.ReviewVerifier.verify;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.audit.proof.KeySet;
import io.credence.audit.proof.SignedJson;
import io.credence.support.Api;
import io.credence.support.ReviewVerifier.Verification;
import io.credence.support.RoleKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Published verdicts a reader can verify: each ClaimReview, alone and in the feed, carries the desk's
 * signature and names the audit event of its verdict; the key set is served without a key, and the
 * verifier in the jar checks a feed against it, naming the reviews that fail.
 */
@QuarkusTest
class SignedVerdictsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path files;

    private static String keySet() {
        return given().accept("application/jwk-set+json")
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .contentType("application/jwk-set+json")
                .header("Cache-Control", containsString("max-age=30"))
                .extract()
                .asString();
    }

    @Test
    void theKeySetIsPublicAndHoldsOnlyTheCurrentPublicKey() throws Exception {
        JsonNode set = JSON.readTree(given().header(RoleKeys.ANONYMOUS, "yes")
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode current = set.path("keys").get(set.path("keys").size() - 1);
        assertThat(current.path("kty").asText()).isEqualTo("OKP");
        assertThat(current.path("crv").asText()).isEqualTo("Ed25519");
        assertThat(current.path("alg").asText()).isEqualTo("EdDSA");
        assertThat(current.has("nbf")).isTrue();
        assertThat(current.has("exp"))
                .as("the current key has not stopped signing")
                .isFalse();
        assertThat(current.has("d")).as("never the private key").isFalse();
    }

    @Test
    void aPublishedReviewIsSignedAndNamesTheAuditEventOfItsVerdict() throws Exception {
        String claim = Api.createClaim(unique("The port was closed for a week in May"));
        Api.publish(claim, 2, "The harbour log shows ships every day");
        KeySet keys = KeySet.parse(keySet());

        JsonNode review = JSON.readTree(given().get("/claims/{id}/claim-review", claim)
                .then()
                .statusCode(200)
                .extract()
                .asString());

        SignedJson.Check check = SignedJson.check(review, keys);
        assertThat(check.valid()).as(check.refusal()).isTrue();
        JsonNode published = stream(JSON.readTree(given().get("/claims/{id}/history", claim)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()))
                .filter(e -> e.path("action").asText().equals("verdict.published"))
                .findFirst()
                .orElseThrow();
        JsonNode event = review.path("verdictEvent");
        assertThat(event.path("chain").asText()).isEqualTo("claim:" + claim);
        assertThat(event.path("sequence").asLong())
                .isEqualTo(published.path("seq").asLong());
        assertThat(event.path("hash").asText()).isEqualTo(published.path("hash").asText());

        // A changed rating is caught.
        ObjectNode changed = review.deepCopy();
        ((ObjectNode) changed.path("reviewRating")).put("ratingValue", 5);
        assertThat(SignedJson.check(changed, keys).refusal()).contains("does not match the document");
    }

    @Test
    void theVerifierInTheJarChecksEveryReviewOfTheFeedAndNamesTheOnesThatFail() throws Exception {
        String first = Api.createClaim(unique("The bridge was rebuilt in ten days"));
        Api.publish(first, 1, "The contractor's own schedule says ten months");
        String second = Api.createClaim(unique("The mayor resigned on Friday"));
        Api.publish(second, 5, "The council minutes record the resignation");
        Path keys = Files.writeString(files.resolve("jwks.json"), keySet());
        String feedJson =
                given().get("/claim-reviews").then().statusCode(200).extract().asString();
        Path feed = Files.writeString(files.resolve("feed.json"), feedJson);

        Verification all = verify(feed, keys);
        assertThat(all.status()).as(all.output()).isZero();
        assertThat(all.output()).doesNotContain("REFUSED").contains("VERIFIED");

        // The partner's copy was changed on the way: the second claim's rating turned to "true", one signature
        // stripped.
        ObjectNode tampered = (ObjectNode) JSON.readTree(feedJson);
        for (JsonNode element : tampered.path("dataFeedElement")) {
            if (element.path("url").asText().contains(second)) {
                ((ObjectNode) element.path("reviewRating")).put("ratingValue", 1);
            }
            if (element.path("url").asText().contains(first)) {
                ((ObjectNode) element).remove(SignedJson.MEMBER);
            }
        }
        Verification refused = verify(Files.writeString(files.resolve("tampered.json"), tampered.toString()), keys);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.output())
                .containsPattern("REFUSED #\\d+ \\S*" + second + "\\S*: the signature does not match the document")
                .containsPattern("REFUSED #\\d+ \\S*" + first + "\\S*: not signed");

        Verification unreadable = verify(feed, Files.writeString(files.resolve("not-keys.json"), "{\"keys\": 3}"));
        assertThat(unreadable.status()).isEqualTo(2);
    }

    @Test
    void aClaimsOwnReviewIsTheSameSignedDocumentInTheFeed() throws Exception {
        String claim = Api.createClaim(unique("The factory shipped no shells in June"));
        Api.publish(claim, 4, "Export declarations list none");

        JsonNode review = JSON.readTree(
                given().get("/claims/{id}/claim-review", claim).then().extract().asString());
        JsonNode inFeed = stream(JSON.readTree(
                                given().get("/claim-reviews").then().extract().asString())
                        .path("dataFeedElement"))
                .filter(e -> e.path("url").asText().equals(review.path("url").asText()))
                .findFirst()
                .orElseThrow();
        ObjectNode a = review.deepCopy();
        ObjectNode b = inFeed.deepCopy();
        a.remove(SignedJson.MEMBER);
        b.remove(SignedJson.MEMBER);
        assertThat(b).isEqualTo(a);
        assertThat(SignedJson.check(inFeed, KeySet.parse(keySet())).valid()).isTrue();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
