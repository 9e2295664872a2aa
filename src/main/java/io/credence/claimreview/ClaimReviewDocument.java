package io.credence.claimreview;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A schema.org ClaimReview (JSON-LD), as search engines and fact-check aggregators read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "@type"})
@Schema(name = "ClaimReview", description = "schema.org ClaimReview in JSON-LD.")
public record ClaimReviewDocument(
        @JsonProperty("@context") @Schema(examples = "https://schema.org")
        String context,

        @JsonProperty("@type") @Schema(examples = "ClaimReview")
        String type,

        String url,

        @Schema(examples = "Moscow paid for the drones with at least 1.8 tons of gold bars")
        String claimReviewed,

        @Schema(description = "The verdict's date.", examples = "2026-11-25")
        String datePublished,

        Thing author,
        Rating reviewRating,
        ClaimItem itemReviewed,

        @Schema(
                description = "The audit event that published this verdict: tie the review to the trail and to a "
                        + "signed checkpoint (docs/AUDIT.md).")
        VerdictEvent verdictEvent,

        @Schema(
                description = "The desk's signature: a JWS with a detached, unencoded payload (RFC 7515 appendix F, "
                        + "RFC 7797), EdDSA with a key of GET /.well-known/jwks.json, over the RFC 8785 canonical JSON of this "
                        + "document without this member. Check it with io.credence.audit.proof.VerifyReviews or any JOSE "
                        + "library (docs/NEWSROOM.md).")
        String jws) {

    /** The same review carrying its signature. */
    public ClaimReviewDocument signed(String signature) {
        return new ClaimReviewDocument(
                context,
                type,
                url,
                claimReviewed,
                datePublished,
                author,
                reviewRating,
                itemReviewed,
                verdictEvent,
                signature);
    }

    /** An audit event, as a checkpoint's proofs name it. */
    @Schema(name = "AuditEventReference")
    public record VerdictEvent(
            @Schema(examples = "claim:5f0c6f8e-0d3a-4d1e-9f51-7f4b2f9a1c20")
            String chain,

            @Schema(description = "Its sequence number in the chain.")
            long sequence,

            @Schema(description = "Its hash (hex SHA-256), as the trail stores it.")
            String hash) {}

    /** An organisation or person, or a creative work with its URL. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "SchemaOrgThing")
    public record Thing(@JsonProperty("@type") String type, String name, String url, Thing publisher) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "SchemaOrgRating")
    public record Rating(
            @JsonProperty("@type") String type,
            int ratingValue,
            int bestRating,
            int worstRating,

            @Schema(description = "The organisation's label for the rating.", examples = "Mostly false")
            String alternateName,

            @Schema(description = "Why: the published verdict's rationale.")
            String ratingExplanation) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "SchemaOrgClaim")
    public record ClaimItem(
            @JsonProperty("@type") String type,

            @Schema(description = "Who made the claim (the claimant).")
            Thing author,

            @Schema(description = "When it first appeared, where known.")
            String datePublished,

            @Schema(
                    description = "Every place it is known to have appeared: where it was registered "
                            + "from, its confirmed duplicates', the imported reviews' and the checked articles "
                            + "that relied on it.")
            List<Thing> appearance) {}

    /** A schema.org DataFeed of reviews, as partners and aggregators import them. */
    @JsonPropertyOrder({"@context", "@type"})
    @Schema(name = "ClaimReviewFeed")
    public record Feed(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            String name,
            String dateModified,
            List<ClaimReviewDocument> dataFeedElement) {}

    static final String SCHEMA_ORG = "https://schema.org";

    static String date(Instant instant) {
        return instant == null
                ? null
                : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
