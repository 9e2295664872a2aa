package io.credence.evidence;

import io.credence.access.Roles;
import io.credence.api.PageRequest;
import io.credence.api.ProblemResponses;
import io.credence.api.PublicLinks;
import io.credence.language.FlagResponse;
import io.credence.language.RumourAnalyzer;
import io.credence.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/{claimId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Evidence", description = "What bears on a claim, from which source, and how strongly.")
public class EvidenceResource {

    private final EvidenceService evidence;
    private final RumourAnalyzer analyzer;

    EvidenceResource(EvidenceService evidence, RumourAnalyzer analyzer) {
        this.evidence = evidence;
        this.analyzer = analyzer;
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Attach evidence to a claim",
            description = "Attaches an item from a registered source with its stance and Admiralty credibility. "
                    + "An unknown sourceId or citesSourceId is refused with 422.")
    @APIResponse(
            responseCode = "201",
            description = "Attached; Location names the new item.",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new item.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "422", ref = ProblemResponses.UNKNOWN_REFERENCE)
    public Response add(
            @PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId,
            @NotNull @Valid AddEvidenceRequest request,
            @Context UriInfo uri) {
        Evidence item = evidence.add(claimId, request);
        return Response.created(
                        PublicLinks.absolutePath(uri).path(item.id.toString()).build())
                .entity(response(item))
                .build();
    }

    @GET
    @Operation(
            summary = "List a claim's evidence",
            description = "Every item attached to the claim, oldest first, withdrawn ones included and marked.")
    public Page<EvidenceResponse> list(
            @PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId,
            @Valid @BeanParam PageRequest page) {
        return evidence.list(claimId, page.query()).map(this::response);
    }

    @GET
    @Path("/{evidenceId}")
    @Operation(summary = "Get an evidence item", description = "One item attached to the claim, withdrawn or not.")
    public EvidenceResponse get(
            @PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId,
            @PathParam("evidenceId") @Parameter(description = "Evidence id.") UUID evidenceId) {
        return response(evidence.require(claimId, evidenceId));
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/{evidenceId}/withdrawal")
    @Operation(
            summary = "Withdraw an evidence item",
            description = "Marks the item withdrawn with a reason. It is never deleted: it stays listed, marked "
                    + "withdrawn, and no longer counts. Withdrawing it twice is refused with 409.")
    @APIResponse(
            responseCode = "200",
            description = "The withdrawn item.",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public EvidenceResponse withdraw(
            @PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId,
            @PathParam("evidenceId") @Parameter(description = "Evidence id.") UUID evidenceId,
            @NotNull @Valid WithdrawalRequest request) {
        return response(evidence.withdraw(claimId, evidenceId, request));
    }

    @PUT
    @RolesAllowed(Roles.EDITOR)
    @Path("/{evidenceId}/independence")
    @Operation(
            summary = "Rule an evidence item independent (or not)",
            description = "Near-identical excerpts count as one report, the earliest observed one's. An editor who "
                    + "knows an outlet checked for itself rules its item independent: it is then its own origin. "
                    + "Audited with the reason; the claim is reassessed.")
    @APIResponse(
            responseCode = "200",
            description = "The item with its ruling.",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    public EvidenceResponse ruleIndependence(
            @PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId,
            @PathParam("evidenceId") @Parameter(description = "Evidence id.") UUID evidenceId,
            @NotNull @Valid IndependenceRuling ruling) {
        return response(evidence.ruleIndependence(claimId, evidenceId, ruling));
    }

    private EvidenceResponse response(Evidence item) {
        List<FlagResponse> flags = item.excerpt == null
                ? List.of()
                : analyzer.analyze(item.excerpt).flags().stream()
                        .map(FlagResponse::of)
                        .toList();
        return EvidenceResponse.of(item, flags);
    }
}
