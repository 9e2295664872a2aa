package io.credence.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ClaimAsOf",
        description = "A claim as it stood at an instant, rebuilt from the audit trail: its recorded "
                + "state, workflow, verdict and evidence then, and the assessment that evidence gave with the sources' "
                + "ratings of that time.")
public record ClaimAsOfResponse(
        @Schema(description = "The instant asked for.") Instant asOf,
        @Schema(description = "The claim as registered.") ClaimState claim,
        @Schema(examples = "IN_REVIEW") WorkflowStage workflowState,
        String assignee,

        @Schema(type = SchemaType.OBJECT, description = "The verdict in force then, as recorded; absent if none.")
        JsonNode verdict,

        @Schema(description = "Every evidence item attached by then, as last recorded by then.")
        List<JsonNode> evidence,

        AssessmentSummary assessment) {

    @Schema(
            name = "AssessmentSummary",
            description = "The engine's conclusion, with the parameters in force at that time.")
    public record AssessmentSummary(
            @Schema(examples = "LIKELY_TRUE") String status,
            @Schema(examples = "0.79") double probability,
            double belief,
            double disbelief,
            double uncertainty,
            @Schema(examples = "likely") String likelihood,

            @Schema(description = "Why the claim had that status, in plain words.")
            String explanation,

            @Schema(description = "What would have moved the status then, with the parameters in force then.")
            List<WouldChange> wouldChange) {}
}
