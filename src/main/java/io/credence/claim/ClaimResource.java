package io.credence.claim;

import io.credence.access.Roles;
import io.credence.api.ApiException;
import io.credence.api.ETags;
import io.credence.api.PageRequest;
import io.credence.api.ProblemResponses;
import io.credence.api.ProblemType;
import io.credence.api.PublicLinks;
import io.credence.matching.SimilarClaim;
import io.credence.paging.Page;
import io.credence.refusal.NotFound;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Claims", description = "Checkable statements and their confidence status.")
public class ClaimResource {

    private static final int SIMILAR_LIMIT = 10;

    private final ClaimService claims;
    private final ClaimJson json;
    private final ClaimReads reads;
    private final ClaimHistory history;

    ClaimResource(ClaimService claims, ClaimReads reads, ClaimJson json, ClaimHistory history) {
        this.claims = claims;
        this.json = json;
        this.reads = reads;
        this.history = history;
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.CMS})
    @Operation(
            summary = "Register a claim",
            description = "Registers a checkable statement with who made it and where it appeared, and flags "
                    + "rumour-grade language in it. It starts UNVERIFIED (or RUMOUR, when its wording is rumour-grade) "
                    + "until evidence bears on it.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the new claim.",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new claim.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    public Response register(@NotNull @Valid CreateClaimRequest request, @Context UriInfo uri) {
        Claim claim = claims.register(request);
        return Response.created(
                        PublicLinks.absolutePath(uri).path(claim.id.toString()).build())
                .tag(ETags.of(claim.version))
                .entity(json.response(claim)
                        .withPossibleDuplicates(claims.possibleDuplicates(claim, SIMILAR_LIMIT).stream()
                                .map(SimilarClaim::of)
                                .toList()))
                .build();
    }

    @GET
    @Path("/{id}/similar")
    @Operation(
            summary = "Claims that say the same",
            description =
                    "Registered claims that say the same (relation SAME) or state a different or opposite fact on "
                            + "the same subject (CONTRADICTS: another number, material or a negation), most alike first "
                            + "(docs/MATCHING.md).")
    public List<SimilarClaim> similar(@PathParam("id") @Parameter(description = "Claim id.") UUID id) {
        return claims.similar(claims.require(id), SIMILAR_LIMIT).stream()
                .map(SimilarClaim::of)
                .toList();
    }

    @GET
    @Operation(summary = "List claims", description = "Claims, newest first, filtered by status, tag and text.")
    public Page<ClaimResponse> list(@Valid @BeanParam ClaimFilterParams filter, @Valid @BeanParam PageRequest page) {
        return claims.list(filter.filter(), page.query()).map(json::response);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a claim", description = "The claim and its current status; the ETag carries its version.")
    @APIResponse(
            responseCode = "200",
            description = "The claim; with asOf, the claim as it stood then (ClaimAsOf).",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The claim's version (not sent with asOf).",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(oneOf = {ClaimResponse.class, ClaimAsOfResponse.class})))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match.")
    public CompletionStage<Response> get(
            @PathParam("id") @Parameter(description = "Claim id.") UUID id,
            @QueryParam("asOf")
                    @Parameter(
                            description = "An instant (ISO-8601): the claim as it stood then, "
                                    + "rebuilt from the audit trail (see ClaimAsOf).",
                            example = "2026-11-20T12:00:00Z")
                    Instant asOf,
            @Context Request request,
            @Context HttpHeaders headers) {
        if (asOf != null) {
            // Rebuilt from the trail through Hibernate: on a worker thread, as every blocking call.
            return Uni.createFrom()
                    .item(() -> Response.ok(history.asOf(id, asOf)
                                    .orElseThrow(() -> new ApiException(
                                            ProblemType.NOT_FOUND, "Claim " + id + " did not exist at " + asOf)))
                            .build())
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .subscribeAsCompletionStage();
        }
        // The service's most frequent request: answered on the event loop where the database allows it.
        return reads.read(id).thenApply(found -> {
            Claim claim = found.orElseThrow(() -> new NotFound("Claim", id));
            return ETags.conditionalGet(request, headers, claim.version, json.of(claim));
        });
    }

    @PUT
    @Path("/{id}/workflow")
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Move a claim through the workflow",
            description = "NEW → IN_REVIEW → PUBLISHED, PUBLISHED → IN_REVIEW, or a new assignee in review. Requires "
                    + "If-Match with the claim's ETag: missing gives 428, stale 412; a move not allowed gives 409.")
    @APIResponse(
            responseCode = "200",
            description = "The claim.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The claim's new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Response changeWorkflow(
            @PathParam("id") @Parameter(description = "Claim id.") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The claim's current ETag.", required = true)
                    String ifMatch,
            @NotNull @Valid WorkflowChange change) {
        Claim claim = claims.changeWorkflow(id, change, ETags.expected(ifMatch, true));
        return Response.ok(json.response(claim)).tag(ETags.of(claim.version)).build();
    }

    @PUT
    @Path("/{id}/duplicate-of")
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Confirm or reject a suggested duplicate",
            description = "confirmed: true makes this claim a duplicate of the other's canonical claim: search, /check "
                    + "and possibleDuplicates answer with that one. confirmed: false records that it is not, so the pair "
                    + "is no longer suggested (and undoes a confirmation between the two). Audited. Requires If-Match "
                    + "with this claim's ETag: missing gives 428, stale 412; an unknown other claim 422; a claim that "
                    + "would repeat itself 409.")
    @APIResponse(
            responseCode = "200",
            description = "The claim.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The claim's new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNKNOWN_REFERENCE)
    public Response decideDuplicate(
            @PathParam("id") @Parameter(description = "Claim id.") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The claim's current ETag.", required = true)
                    String ifMatch,
            @NotNull @Valid DuplicateDecision decision) {
        Claim claim = claims.decideDuplicate(id, decision, ETags.expected(ifMatch, true));
        return Response.ok(json.response(claim)).tag(ETags.of(claim.version)).build();
    }
}
