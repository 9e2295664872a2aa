package io.credence.claimreview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another organisation's fact-check of a claim, as imported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportedReview", description = "Another organisation's fact-check of a claim, imported as ClaimReview.")
public record ReviewSummary(
        UUID claimId,

        @Schema(
                description = "The source the review counts as: the organisation's own until an admin links it to a "
                        + "registered source.",
                examples = "Snopes [ClaimReview feed: snopes.com]")
        String reviewedBy,

        @Schema(examples = "https://www.snopes.com/fact-check/drones-gold/")
        String url,

        @Schema(description = "Its own words for the rating.", examples = "False")
        String textualRating,

        @Schema(
                description = "Its rating on the ClaimReview scale (1 false … 5 true), when the import could place it.",
                examples = "1")
        Integer rating,

        @Schema(examples = "2026-11-20") LocalDate datePublished) {}
