package io.credence.reassessment;

import io.credence.access.Roles;
import io.credence.api.PageRequest;
import io.credence.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUDITOR})
@Tag(
        name = "Jobs",
        description = "Reassessments running in the background after a source re-rating or a change of "
                + "the engine's parameters or lexicon; the service stays ready meanwhile.")
public class JobResource {

    private final Jobs jobs;

    JobResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Operation(summary = "List reassessment jobs", description = "Newest first, optionally only those in one state.")
    public Page<JobResponse> list(
            @QueryParam("state") @Parameter(description = "QUEUED, RUNNING or DONE.") ReassessmentJob.State state,
            @Valid @BeanParam PageRequest page) {
        return jobs.list(state, page.query()).map(JobResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a reassessment job",
            description = "Its progress: claims reassessed of the total, " + "and how many changed status.")
    public JobResponse get(@PathParam("id") @Parameter(description = "Job id.") UUID id) {
        return JobResponse.of(jobs.require(id));
    }
}
