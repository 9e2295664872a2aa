package io.credence.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WorkflowChange",
        description = "Moves a claim through the desk's workflow: NEW → IN_REVIEW → PUBLISHED "
                + "(and PUBLISHED → IN_REVIEW).")
public record WorkflowChange(
        @NotNull @Schema(examples = "IN_REVIEW") WorkflowStage state,

        @Size(max = 200) @Schema(description = "Who works on the claim.", examples = "Desk editor")
        String assignee,

        @Size(max = 2000) @Schema(description = "Why, for the trail.", examples = "Second source found")
        String reason) {}
