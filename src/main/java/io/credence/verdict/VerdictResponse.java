package io.credence.verdict;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Verdict", description = "A published verdict; superseded ones keep their place in the history.")
public record VerdictResponse(
        UUID id,
        UUID claimId,
        @Schema(examples = "2") int rating,
        @Schema(examples = "Mostly false") String label,

        @Schema(examples = "The customs records show no gold shipment.")
        String rationale,

        @Schema(examples = "Desk editor") String publishedBy,
        Instant publishedAt,

        @Schema(description = "When a later verdict replaced it; absent for the current one.")
        Instant supersededAt) {

    static VerdictResponse of(Verdict v) {
        return new VerdictResponse(
                v.id, v.claimId, v.rating, v.label, v.rationale, v.publishedBy, v.publishedAt, v.supersededAt);
    }
}
