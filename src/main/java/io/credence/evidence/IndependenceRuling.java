package io.credence.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "IndependenceRuling",
        description = "An editor's ruling on whether an item is its own origin "
                + "however like another item's its excerpt reads (docs/ASSESSMENT.md, rule 2).")
public record IndependenceRuling(
        @NotNull @Schema(description = "true: its own origin; false: copies are merged again.", examples = "true")
        Boolean independent,

        @NotBlank
        @Size(max = 2000)
        @Schema(description = "Why, kept in the trail.", examples = "The paper obtained the ledger itself")
        String reason) {}
