package io.credence.verdict;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishVerdict", description = "A fact-checker's verdict on the ClaimReview scale.")
public record VerdictRequest(
        @NotNull
        @Min(1)
        @Max(5)
        @Schema(description = "1 false, 2 mostly false, 3 mixed, 4 mostly true, 5 true.", examples = "2")
        Integer rating,

        @Size(max = 100) @Schema(description = "Defaults from the rating.", examples = "Mostly false")
        String label,

        @NotBlank
        @Size(max = 10_000)
        @Schema(description = "Why: kept in the trail.", examples = "The customs records show no gold shipment.")
        String rationale) {}
