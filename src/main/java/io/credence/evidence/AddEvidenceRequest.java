package io.credence.evidence;

import io.credence.assessment.Stance;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddEvidence", description = "An evidence item to attach to a claim.")
public record AddEvidenceRequest(
        @NotNull
        @Schema(
                description = "The registered source the evidence comes from.",
                examples = "0f8fad5b-d9cb-469f-a165-70867728950e")
        UUID sourceId,

        @NotNull @Schema(description = "How it bears on the claim.", examples = "SUPPORTS")
        Stance stance,

        @NotNull
        @Min(1)
        @Max(6)
        @Schema(
                description = "Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, "
                        + "4 doubtful, 5 improbable, 6 cannot be judged.",
                examples = "2",
                minimum = "1",
                maximum = "6")
        Integer credibility,

        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
        @Schema(description = "Where the evidence can be read.", examples = "https://example.org/report")
        String url,

        @Size(max = 10_000)
        @Schema(description = "What it says, quoted.", examples = "Officials confirmed the shipment of gold.")
        String excerpt,

        @Schema(description = "When it was observed (ISO 8601).", examples = "2026-11-21T10:00:00Z")
        Instant observedAt,

        @Schema(description = "The registered source this item repeats, if it passes on another's report.")
        UUID citesSourceId,

        @Schema(
                description = "An editor's ruling that this item is its own origin, however like another item's "
                        + "its excerpt reads (near-identical excerpts otherwise count as one report). Default false.",
                examples = "false")
        Boolean independent) {}
