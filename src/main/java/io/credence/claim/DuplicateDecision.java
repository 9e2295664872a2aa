package io.credence.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuplicateDecision", description = "An editor's decision on a suggested duplicate.")
public record DuplicateDecision(
        @NotNull
        @Schema(
                description = "The claim this one was suggested to repeat.",
                examples = "3b241101-e2bb-4255-8caf-4136c566a962")
        UUID canonicalId,

        @NotNull
        @Schema(
                description =
                        "true: this claim repeats the canonical one, and searches answer with that one; "
                                + "false: it does not, and the pair is never suggested again (a confirmation between them is undone).",
                examples = "true")
        Boolean confirmed,

        @Size(max = 2000) @Schema(description = "Why, for the trail.", examples = "Same payment, same source")
        String reason) {}
