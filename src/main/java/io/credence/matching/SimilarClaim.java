package io.credence.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.credence.assessment.Status;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SimilarClaim", description = "A registered claim found for a text, with how it relates to it.")
public record SimilarClaim(
        UUID id,
        @Schema(examples = "Russia reportedly paid Iran 1.8 tonnes of gold bars for drones") String text,
        @Schema(description = "The learned reranker's probability that this is the claim the text restates, 0..1; "
                + "matches come in its order (docs/MATCHING.md).", examples = "0.91")
        double score,
        @Schema(description = "How alike the texts are: 0.80 × cosine of sentence vectors (the claim's or its "
                + "headline's) + 0.20 × BM25 relative to the query's best; from 0.70 a claim is taken for the same. "
                + "Need not descend down the list.", examples = "0.83")
        double similarity,
        @Schema(description = "SAME: says the same; CONTRADICTS: same subject, a different or opposite fact; "
                + "RELATED: same topic or alike in words.", examples = "SAME") Relation relation,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What tells a CONTRADICTS claim apart.", examples = "different [silver] against [gold]")
        String reason,
        @Schema(description = "Its confidence status now.", examples = "LIKELY_TRUE") Status status,
        @Schema(description = "Its published verdict's rating, if any.", examples = "2") Integer verdictRating) {

    public static SimilarClaim of(ClaimSearch.Match m) {
        return new SimilarClaim(m.claimId(), m.text(), m.score(), m.similarity(), m.relation(), m.reason(), m.status(),
                m.verdictRating());
    }
}
