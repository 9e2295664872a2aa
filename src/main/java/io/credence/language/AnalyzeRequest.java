package io.credence.language;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnalyzeRequest", description = "A text to check for rumour-grade language.")
public record AnalyzeRequest(
        @NotNull
        @Schema(
                description = "Up to 100,000 characters.",
                examples = "Sources say Moscow reportedly paid for the drones with gold.")
        String text) {}
