package io.credence.claimreview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OrganisationLink",
        description = "An admin's decision that an imported organisation's reviews count as "
                + "a source's: a registered source the desk rated, or the organisation's own source to undo a link.")
public record OrganisationLink(
        @NotNull
        @Schema(
                description = "The source its reviews count as from now on.",
                examples = "0f8fad5b-d9cb-469f-a165-70867728950e")
        UUID sourceId,

        @NotBlank
        @Size(max = 2000)
        @Schema(
                description = "Why: how the desk knows the reviews published on this domain are that source's.",
                examples = "factcheck.example is the fact-checking desk of Example Wire (checked with their editor)")
        String rationale) {}
