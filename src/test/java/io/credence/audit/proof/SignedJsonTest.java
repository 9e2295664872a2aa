package io.credence.audit.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signed documents verify whole and in period, and every kind of tampering is refused with its reason. */
class SignedJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant ROTATED = Instant.parse("2026-06-01T12:00:00.250Z");

    private final KeyPair retired = Ed25519.generate();
    private final KeyPair current = Ed25519.generate();
    private final KeySet keys = new KeySet(List.of(
            new SigningKey(
                    SigningKey.idOf(retired.getPublic()),
                    retired.getPublic(),
                    Instant.parse("2026-01-01T00:00:00Z"),
                    ROTATED),
            new SigningKey(SigningKey.idOf(current.getPublic()), current.getPublic(), ROTATED, null)));

    private ObjectNode review(String claim, int rating) {
        ObjectNode review = JSON.createObjectNode()
                .put("@context", "https://schema.org")
                .put("@type", "ClaimReview")
                .put("claimReviewed", claim);
        review.putObject("reviewRating")
                .put("@type", "Rating")
                .put("ratingValue", rating)
                .put("alternateName", "Ünclear – “quoted”");
        review.putObject("verdictEvent")
                .put("chain", "claim:1")
                .put("sequence", 4)
                .put("hash", "ab12");
        return review;
    }

    private ObjectNode signed(ObjectNode review, KeyPair key, Instant at) {
        review.put(
                SignedJson.MEMBER,
                SignedJson.signature(review, key.getPrivate(), SigningKey.idOf(key.getPublic()), at));
        return review;
    }

    @Test
    void aSignedReviewVerifiesAndNamesItsKeyAndTime() throws Exception {
        ObjectNode review =
                signed(review("Moscow paid in gold", 2), current, Instant.parse("2026-07-01T10:00:00.700Z"));
        // A partner reads the document back from its own bytes, members in any order.
        ObjectNode read =
                (ObjectNode) JSON.readTree(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(review));

        SignedJson.Check check = SignedJson.check(read, keys);

        assertThat(check.valid()).as(check.refusal()).isTrue();
        assertThat(check.keyId()).isEqualTo(SigningKey.idOf(current.getPublic()));
        assertThat(check.signedAt()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(review.get(SignedJson.MEMBER).asText()).contains("..");
    }

    @Test
    void aChangedRatingIsRefused() {
        ObjectNode review = signed(review("Moscow paid in gold", 2), current, Instant.parse("2026-07-01T10:00:00Z"));
        ((ObjectNode) review.get("reviewRating")).put("ratingValue", 5);

        assertThat(SignedJson.check(review, keys).refusal()).contains("does not match the document");
    }

    @Test
    void aSignatureMovedToAnotherClaimIsRefused() {
        ObjectNode genuine = signed(review("Moscow paid in gold", 2), current, Instant.parse("2026-07-01T10:00:00Z"));
        ObjectNode swapped = review("Kyiv paid in gold", 2)
                .put(SignedJson.MEMBER, genuine.get(SignedJson.MEMBER).asText());

        assertThat(SignedJson.check(swapped, keys).refusal()).contains("does not match the document");
    }

    @Test
    void aRetiredKeySignsOnlyWithinItsPeriod() {
        ObjectNode before = signed(review("Moscow paid in gold", 2), retired, Instant.parse("2026-03-01T00:00:00Z"));
        ObjectNode inTheLastSecond = signed(review("Moscow paid in gold", 2), retired, ROTATED);
        ObjectNode after = signed(review("Moscow paid in gold", 2), retired, Instant.parse("2026-06-01T12:00:02Z"));
        ObjectNode beforeCurrentBegan =
                signed(review("Moscow paid in gold", 2), current, Instant.parse("2026-05-01T00:00:00Z"));

        assertThat(SignedJson.check(before, keys).valid()).isTrue();
        assertThat(SignedJson.check(inTheLastSecond, keys).valid()).isTrue();
        assertThat(SignedJson.check(after, keys).refusal())
                .contains("signed at 2026-06-01T12:00:02Z")
                .contains("until 2026-06-01T12:00:00.250Z");
        assertThat(SignedJson.check(beforeCurrentBegan, keys).refusal()).contains("signed only from");
    }

    @Test
    void aStrippedSignatureIsRefused() {
        ObjectNode review = signed(review("Moscow paid in gold", 2), current, Instant.parse("2026-07-01T10:00:00Z"));
        review.remove(SignedJson.MEMBER);

        assertThat(SignedJson.check(review, keys).refusal()).contains("not signed");
    }

    @Test
    void aKeyTheSetDoesNotListIsRefused() {
        KeyPair stranger = Ed25519.generate();
        ObjectNode review = signed(review("Moscow paid in gold", 2), stranger, Instant.parse("2026-07-01T10:00:00Z"));

        assertThat(SignedJson.check(review, keys).refusal()).contains("which the key set does not list");
    }

    @Test
    void aSignatureOverTheEncodedPayloadOrGarbageIsRefused() {
        ObjectNode review = review("Moscow paid in gold", 2).put(SignedJson.MEMBER, "not a signature");

        assertThat(SignedJson.check(review, keys).refusal()).contains("malformed");
    }

    @Test
    void theKeySetTravelsAsAJwkSetWithPeriods() {
        KeySet read = KeySet.parse(keys.json());

        assertThat(read.keys())
                .extracting(SigningKey::id)
                .containsExactlyElementsOf(
                        keys.keys().stream().map(SigningKey::id).toList());
        assertThat(read.keys().get(0).signedUntil()).isEqualTo(Instant.parse("2026-06-01T12:00:01Z"));
        assertThat(read.keys().get(1).signedUntil()).isNull();
        assertThat(keys.json())
                .contains("\"crv\":\"Ed25519\"")
                .contains("\"alg\":\"EdDSA\"")
                .doesNotContain("\"d\"");
        ObjectNode review = signed(review("Moscow paid in gold", 2), current, Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(SignedJson.check(review, read).valid()).isTrue();
    }
}
