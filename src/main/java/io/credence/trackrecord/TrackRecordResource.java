package io.credence.trackrecord;

import io.credence.access.Roles;
import io.credence.api.ETags;
import io.credence.api.ProblemResponses;
import io.credence.source.SourceResource;
import io.credence.source.SourceResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sources/{id}/track-record")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Sources")
public class TrackRecordResource {

    private final TrackRecords records;

    TrackRecordResource(TrackRecords records) {
        this.records = records;
    }

    @GET
    @Operation(
            summary = "A source's track record",
            description = "How the source's first-hand reports fared against the desk's published verdicts (agreed, "
                    + "disagreed, withdrawn), a beta-reputation estimate with its credible interval, and the rating the "
                    + "record suggests when it clearly disagrees with the current one. A suggestion is never applied by "
                    + "itself: an admin accepts or dismisses it.")
    public TrackRecordResponse get(@PathParam("id") @Parameter(description = "Source id.") UUID id) {
        return TrackRecordResponse.of(records.of(id));
    }

    @POST
    @Path("/acceptance")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Accept the suggested rating",
            description = "Re-rates the source as its track record suggests, through the normal re-rating: the old "
                    + "rating stays in the history, the change is audited with the record's reasons as its rationale, "
                    + "and the claims it bears on are reassessed in the background. 409 when the record does not "
                    + "suggest the rating sent (it changed since it was read); If-Match as for a re-rating.")
    @APIResponse(
            responseCode = "200",
            description = "The source with its new rating; Link rel=\"reassessment\" names the job.",
            content = @Content(schema = @Schema(implementation = SourceResponse.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response accept(
            @PathParam("id") @Parameter(description = "Source id.") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The source's ETag (optional).") String ifMatch,
            @NotNull @Valid SuggestionDecision decision,
            @Context UriInfo uri) {
        return SourceResource.rerated(
                records.accept(id, decision.reliability(), decision.reason(), ETags.expected(ifMatch, false)), uri);
    }

    @POST
    @Path("/dismissal")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Dismiss the suggested rating",
            description = "Records (and audits) that the admin keeps the current rating: the suggestion is not shown "
                    + "again until the record holds more resolved claims. A reason is required. 409 when the record "
                    + "does not suggest the rating sent.")
    @APIResponse(
            responseCode = "201",
            description = "Dismissed.",
            content = @Content(schema = @Schema(implementation = TrackRecordResponse.Dismissal.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response dismiss(
            @PathParam("id") @Parameter(description = "Source id.") UUID id,
            @NotNull @Valid SuggestionDecision decision) {
        return Response.status(Response.Status.CREATED)
                .entity(TrackRecordResponse.Dismissal.of(
                        records.dismiss(id, decision.reliability(), decision.reason())))
                .build();
    }
}
