package io.credence.source;

import io.credence.assessment.Reliability;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ReliabilityChange",
        description = "A new reliability rating for a source; the old one is kept in its history.")
public record ReliabilityChange(
        @NotNull @Schema(description = "Admiralty reliability, A to F.", examples = "C")
        Reliability reliability,

        @NotBlank
        @Size(max = 2000)
        @Schema(description = "Why the rating changes.", examples = "Two retractions in 2026")
        String rationale) {}
