package io.credence.source;

import io.credence.assessment.Reliability;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rating", description = "One reliability rating a source held.")
public record RatingResponse(
        @Schema(examples = "B") Reliability reliability,
        @Schema(examples = "Usually reliable") String reliabilityLabel,
        @Schema(description = "Why the rating was given.") String rationale,
        @Schema(description = "When it was given.") Instant ratedAt,

        @Schema(description = "When a later rating replaced it; absent for the current one.")
        Instant supersededAt) {

    static RatingResponse of(SourceRating r) {
        return new RatingResponse(r.reliability, r.reliability.label(), r.rationale, r.ratedAt, r.supersededAt);
    }
}
