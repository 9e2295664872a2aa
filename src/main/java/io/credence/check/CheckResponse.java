package io.credence.check;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.credence.claimreview.ReviewSummary;
import io.credence.language.FlagResponse;
import io.credence.matching.SimilarClaim;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CheckResult",
        description = "Each sentence of the article: whether it is worth checking, its rumour "
                + "flags, and the claims already registered that it matches.")
public record CheckResponse(
        List<Sentence> sentences,

        @Schema(description = "The article's rumour score: its most rumour-grade sentence's.", examples = "0.75")
        double rumourScore,

        @Schema(description = "Claims registered by this check (with register: true).")
        List<UUID> registered,

        @Schema(
                description = "Whether more sentences would have been registered than one check may register "
                        + "(credence.check.max-registrations, 25 by default) or than the key may still register this hour "
                        + "(its checkRegistrationsPerHour, or credence.check.registrations-per-key-hour, 500); those left "
                        + "have no registeredClaimId.",
                examples = "false")
        boolean registrationLimitReached,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "With a url: the article this check recorded, with the claims its sentences relied on "
                                + "(GET /articles/{id}); its editors hear through article.review-needed when one of them moves.")
        UUID articleId) {

    @Schema(name = "CheckedSentence")
    public record Sentence(
            @Schema(examples = "0") int start,
            @Schema(examples = "62") int end,
            String text,

            @Schema(
                    description = "0..1: the probability, from the learned check-worthiness model, that the sentence "
                            + "is a check-worthy factual claim.",
                    examples = "0.8")
            double checkWorthiness,

            @Schema(
                    description = "Whether checkWorthiness reaches the model's threshold (docs/LANGUAGE.md).",
                    examples = "true")
            boolean checkWorthy,

            @Schema(
                    description = "What in the sentence bears on its check-worthiness (numbers, names, attributions, "
                            + "opinion, question …); also features of the model.")
            List<String> reasons,

            List<FlagResponse> rumourFlags,
            @Schema(examples = "0.75") double rumourScore,

            @Schema(
                    description = "Registered claims that say the same (or contradict), with their status and verdict. "
                            + "A text of up to 1,000 characters is also matched whole: a claim it says the same as that no "
                            + "sentence found is listed under its most check-worthy sentence.")
            List<SimilarClaim> matches,

            @Schema(description = "The claim this check registered for the sentence, if any.")
            UUID registeredClaimId,

            @Schema(
                    description = "Other organisations' fact-checks (imported ClaimReviews) of the claims it says the "
                            + "same as.")
            List<ReviewSummary> reviews) {}
}
