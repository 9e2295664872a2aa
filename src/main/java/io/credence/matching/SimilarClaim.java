package io.credence.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.credence.assessment.Status;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SimilarClaim", description = "A registered claim found for a text, with how it relates to it.")
public record SimilarClaim(
        UUID id,

        @Schema(examples = "Russia reportedly paid Iran 1.8 tonnes of gold bars for drones")
        String text,

        @Schema(
                description = "The learned reranker's probability that this is the claim the text restates, 0..1; "
                        + "matches come in its order (docs/MATCHING.md).",
                examples = "0.91")
        double score,

        @Schema(
                description = "The probability, 0..1, that the text and this claim state the same claim, read from "
                        + "the two alone (their sentence vectors and words), so the same pair has the same similarity whatever "
                        + "else is registered. On the CLEF2020 CheckThat! benchmark, matches from 0.5 were the same claim 90 % "
                        + "of the time, from 0.7 95 %, from 0.9 98 %. With nothing telling the two apart, the relation is "
                        + "SAME from 0.9, or from 0.25 for the first match of a text searched whole, which the ranker put "
                        + "above every other registered claim (docs/MATCHING.md). Need not descend down the list.",
                examples = "0.83")
        double similarity,

        @Schema(
                description = "SAME: says the same; CONTRADICTS: same subject, a different or opposite fact; "
                        + "RELATED: same topic or alike in words.",
                examples = "SAME")
        Relation relation,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What tells a CONTRADICTS claim apart.", examples = "different [silver] against [gold]")
        String reason,

        @Schema(description = "Its confidence status now.", examples = "LIKELY_TRUE")
        Status status,

        @Schema(description = "Its published verdict's rating, if any.", examples = "2")
        Integer verdictRating) {

    public static SimilarClaim of(ClaimSearch.Match m) {
        return new SimilarClaim(
                m.claimId(),
                m.text(),
                m.score(),
                m.similarity(),
                m.relation(),
                m.reason(),
                m.status(),
                m.verdictRating());
    }
}
