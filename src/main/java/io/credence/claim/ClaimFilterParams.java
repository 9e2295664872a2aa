package io.credence.claim;

import io.credence.assessment.Status;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The claim listing's filters as query parameters (see {@link ClaimFilter}). */
public class ClaimFilterParams {

    @QueryParam("status")
    @Parameter(description = "Only claims with this status.", example = "UNVERIFIED")
    public Status status;

    @QueryParam("tag")
    @Size(max = 100)
    @Parameter(description = "Only claims carrying this tag (case-insensitive).", example = "drones")
    public String tag;

    @QueryParam("divergent")
    @Parameter(
            description = "true: only claims whose published verdict and computed rating differ by two or more "
                    + "steps, for review.",
            example = "true")
    public Boolean divergent;

    @QueryParam("workflow")
    @Parameter(description = "Only claims in this workflow state.", example = "IN_REVIEW")
    public WorkflowStage workflow;

    @QueryParam("assignee")
    @Size(max = 200)
    @Parameter(description = "Only claims assigned to this person (case-insensitive).", example = "Desk editor")
    public String assignee;

    @QueryParam("q")
    @Size(max = 300)
    @Parameter(description = "Only claims whose text contains this (case-insensitive).", example = "gold")
    public String q;

    public ClaimFilter filter() {
        return new ClaimFilter(status, tag, Boolean.TRUE.equals(divergent), workflow, assignee, q);
    }
}
