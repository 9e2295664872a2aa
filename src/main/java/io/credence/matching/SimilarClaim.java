package io.credence.matching;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SimilarClaim", description = "A registered claim that says the same thing, by the matcher's measure.")
public record SimilarClaim(
        UUID id,
        @Schema(examples = "Russia reportedly paid Iran 1.8 tonnes of gold bars for drones") String text,
        @Schema(description = "0..1; claims from 0.7 are taken for the same.", examples = "0.83") double similarity,
        @Schema(examples = "LIKELY_TRUE") String status,
        @Schema(description = "Its published verdict's rating, if any.", examples = "2") Integer verdictRating) {

    public static SimilarClaim of(ClaimMatcher.Match m) {
        return new SimilarClaim(m.claimId(), m.text(), m.similarity(), m.status(), m.verdictRating());
    }
}
