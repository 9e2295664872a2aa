package io.credence.trackrecord;

import io.credence.assessment.Reliability;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admin's answer to a suggested rating: the letter they saw, and why (required to dismiss, optional to accept). */
@Schema(name = "RatingSuggestionDecision")
public record SuggestionDecision(
        @NotNull
        @Schema(
                description = "The suggested rating as read: refused with 409 if the record suggests another now.",
                examples = "B")
        Reliability reliability,

        @Size(max = 1000)
        @Schema(
                description = "Why; added to the re-rating's rationale, or the dismissal's reason "
                        + "(required to dismiss).",
                examples = "Its two corrections this year were its own")
        String reason) {}
