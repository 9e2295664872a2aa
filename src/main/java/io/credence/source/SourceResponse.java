package io.credence.source;

import io.credence.assessment.Reliability;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "A registered source and its current rating.")
public record SourceResponse(
        @Schema(examples = "0f8fad5b-d9cb-469f-a165-70867728950e")
        UUID id,

        @Schema(examples = "Reuters") String name,
        @Schema(examples = "AGENCY") SourceKind kind,
        @Schema(examples = "https://www.reuters.com") String homepage,

        @Schema(description = "Current Admiralty reliability.", examples = "B")
        Reliability reliability,

        @Schema(description = "What the letter means.", examples = "Usually reliable")
        String reliabilityLabel,

        @Schema(description = "Why it has this rating.") String rationale,

        @Schema(description = "When the current rating was given.")
        Instant ratedAt,

        @Schema(description = "Increases with every change; also sent as the ETag.", examples = "0")
        long version,

        Instant createdAt,
        Instant updatedAt) {

    static SourceResponse of(Source s) {
        return new SourceResponse(
                s.id,
                s.name,
                s.kind,
                s.homepage,
                s.reliability,
                s.reliability.label(),
                s.rationale,
                s.ratedAt,
                s.version,
                s.createdAt,
                s.updatedAt);
    }
}
