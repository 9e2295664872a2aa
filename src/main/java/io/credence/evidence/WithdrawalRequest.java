package io.credence.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal", description = "Why an evidence item is withdrawn.")
public record WithdrawalRequest(
        @NotBlank
        @Size(max = 2000)
        @Schema(description = "The reason, kept in the trail.", examples = "The report was retracted by its publisher")
        String reason) {}
