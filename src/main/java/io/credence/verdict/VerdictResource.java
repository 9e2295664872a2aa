package io.credence.verdict;

import io.credence.access.Roles;
import io.credence.api.ApiException;
import io.credence.api.ETags;
import io.credence.api.Problem;
import io.credence.api.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A claim's current verdict. Its path names the verdict, not the claim: a class whose path ends in the
 * claim's id would be the first candidate for every {@code /claims/{id}} request, and the REST layer
 * builds its request mapper again for each one it must hand on to {@code ClaimResource} (a twentieth of
 * a claim read's CPU). Every verdict is {@link VerdictHistoryResource}.
 */
@Path("/claims/{claimId}/verdict")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Verdicts", description = "Fact-checkers' published decisions, beside the computed assessment.")
public class VerdictResource {

    private final VerdictService verdicts;

    VerdictResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Publish a verdict",
            description =
                    "Publishes a verdict on the ClaimReview scale; the previous one is superseded, never removed. "
                            + "Requires If-Match with the claim's current ETag: missing gives 428, stale 412, and nothing changes.")
    @APIResponse(
            responseCode = "200",
            description = "The verdict; the ETag is the claim's new version.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The claim's new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = VerdictResponse.class)))
    public Response publish(
            @PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId,
            @HeaderParam("If-Match") @Parameter(description = "The claim's current ETag.", required = true)
                    String ifMatch,
            @NotNull @Valid VerdictRequest request) {
        VerdictService.Published published = verdicts.publish(claimId, request, ETags.expected(ifMatch, true));
        return Response.ok(VerdictResponse.of(published.verdict()))
                .tag(ETags.of(published.claimVersion()))
                .build();
    }

    @DELETE
    @Operation(
            summary = "Verdicts are never deleted",
            description = "Always 405: a verdict is superseded by publishing a new one, and every verdict stays in the "
                    + "history and the trail.")
    @APIResponse(
            responseCode = "405",
            description = "Verdicts cannot be deleted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId) {
        throw new ApiException(
                ProblemType.METHOD_NOT_ALLOWED,
                "Verdicts are never deleted: publish a new one with PUT to supersede it");
    }

    @GET
    @Operation(summary = "The current verdict", description = "404 when no verdict has been published.")
    public VerdictResponse current(@PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId) {
        return VerdictResponse.of(verdicts.requireCurrent(claimId));
    }
}
