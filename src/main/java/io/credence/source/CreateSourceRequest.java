package io.credence.source;

import io.credence.assessment.Reliability;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateSource", description = "A source to register, with its first reliability rating.")
public record CreateSourceRequest(
        @NotBlank
        @Size(max = 300)
        @Schema(description = "Name of the outlet, agency, organisation or person.", examples = "Reuters")
        String name,

        @NotNull @Schema(description = "What sort of publisher it is.", examples = "AGENCY")
        SourceKind kind,

        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(description = "Home page.", examples = "https://www.reuters.com")
        String homepage,

        @NotNull
        @Schema(description = "Admiralty reliability, A (completely reliable) to F (cannot be judged).", examples = "B")
        Reliability reliability,

        @Size(max = 2000)
        @Schema(description = "Why it has this rating.", examples = "Wire agency with a public corrections policy")
        String rationale) {}
