package io.credence.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.credence.assessment.Rounding;
import io.credence.assessment.Status;
import io.credence.assessment.Vocabulary;
import io.credence.language.Analysis;
import io.credence.language.FlagResponse;
import io.credence.matching.SimilarClaim;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "A registered claim and its current status.")
public record ClaimResponse(
        @Schema(examples = "3b241101-e2bb-4255-8caf-4136c566a962")
        UUID id,

        @Schema(examples = "Moscow paid for the drones with at least 1.8 tons of gold bars")
        String text,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "The headline a fact-check of it was published under, when one was given.",
                examples = "Did Moscow Pay Tehran in Gold for Its Drones?")
        String headline,

        @Schema(examples = "Unnamed intelligence official") String claimant,
        AppearanceDto appearance,
        @Schema(examples = "en") String language,
        @Schema(examples = "[\"drones\", \"gold\"]") List<String> tags,

        @Schema(description = "Confidence status computed from the evidence.", examples = "LIKELY_TRUE")
        Status status,

        @Schema(
                description = "Probability that the claim is true, to the hundredth: P = b + a·u, held inside the "
                        + "status's band when a bound of evidence capped the status (the assessment says why).",
                examples = "0.77")
        double probability,

        @Schema(description = "Belief b of the engine's opinion, to the hundredth.", examples = "0.53")
        double belief,

        @Schema(description = "Disbelief d of the engine's opinion, to the hundredth.", examples = "0")
        double disbelief,

        @Schema(
                description = "Uncertainty u of the engine's opinion, to the hundredth; b + d + u = 1.",
                examples = "0.47")
        double uncertainty,

        @Schema(
                description = "The status's ICD 203 likelihood words, or why there is no judgement.",
                examples = "likely")
        String likelihood,

        @Schema(
                description = "Why the claim has its status, in plain words.",
                examples = "Leans true: Wire (B2) reports it first-hand; no independent confirmation.")
        String explanation,

        @Schema(description = "Rumour-grade language in the claim's text.")
        List<FlagResponse> rumourFlags,

        @Schema(
                description = "How rumour-grade the text is, 0..1; from 0.5 a thinly evidenced claim is a RUMOUR.",
                examples = "0")
        double rumourScore,

        @Schema(description = "The engine's ClaimReview rating, 1 false .. 5 true.", examples = "4")
        int computedRating,

        @Schema(description = "The current fact-checker verdict's rating, if one is published.", examples = "4")
        Integer verdictRating,

        @Schema(description = "Its label.", examples = "Mostly true")
        String verdictLabel,

        @Schema(examples = "IN_REVIEW") WorkflowStage workflowState,
        @Schema(examples = "Desk editor") String assignee,

        @Schema(description = "Increases with every change; also sent as the ETag.", examples = "0")
        long version,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "The canonical claim an editor confirmed this one repeats; searches answer with that one.")
        UUID duplicateOf,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the answer to a registration: registered claims that seem to say the same.")
        List<SimilarClaim> possibleDuplicates,

        Instant createdAt,
        Instant updatedAt) {

    static ClaimResponse of(Claim c, Analysis language) {
        return new ClaimResponse(
                c.id,
                c.text,
                c.headline,
                c.claimant,
                AppearanceDto.of(c.appearance),
                c.language,
                c.tags.stream().sorted().toList(),
                c.status,
                Rounding.hundredths(c.probability),
                Rounding.hundredths(c.belief),
                Rounding.hundredths(c.disbelief),
                Rounding.hundredths(c.uncertainty),
                Vocabulary.likelihood(c.status, c.probability),
                c.explanation,
                language.flags().stream().map(FlagResponse::of).toList(),
                language.rumourScore(),
                c.computedRating,
                c.verdictRating,
                c.verdictLabel,
                c.workflowState,
                c.assignee,
                c.version,
                c.duplicateOf,
                null,
                c.createdAt,
                c.updatedAt);
    }

    ClaimResponse withPossibleDuplicates(List<SimilarClaim> duplicates) {
        return new ClaimResponse(
                id,
                text,
                headline,
                claimant,
                appearance,
                language,
                tags,
                status,
                probability,
                belief,
                disbelief,
                uncertainty,
                likelihood,
                explanation,
                rumourFlags,
                rumourScore,
                computedRating,
                verdictRating,
                verdictLabel,
                workflowState,
                assignee,
                version,
                duplicateOf,
                duplicates,
                createdAt,
                updatedAt);
    }
}
