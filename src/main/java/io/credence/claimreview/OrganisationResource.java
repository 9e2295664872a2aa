package io.credence.claimreview;

import io.credence.access.Roles;
import io.credence.api.ETags;
import io.credence.api.PageRequest;
import io.credence.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claim-reviews/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "ClaimReview")
public class OrganisationResource {

    private final ReviewOrganisations organisations;

    OrganisationResource(ReviewOrganisations organisations) {
        this.organisations = organisations;
    }

    @GET
    @Operation(
            summary = "List imported organisations",
            description = "The organisations whose ClaimReviews were "
                    + "imported, by domain, with the source their reviews count as.")
    public Page<OrganisationResponse> list(@Valid @BeanParam PageRequest page) {
        Page<ReviewOrganisation> listed = organisations.list(page.query());
        // One count query for the page, not one per organisation.
        Map<UUID, Long> reviews = organisations.reviewCounts(
                listed.items().stream().map(o -> o.id).toList());
        return listed.map(o -> OrganisationResponse.of(o, reviews.getOrDefault(o.id, 0L)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an imported organisation", description = "The ETag carries its version.")
    @APIResponse(
            responseCode = "200",
            description = "The organisation.",
            headers = @Header(name = "ETag", description = "Its version.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match.")
    public Response get(
            @PathParam("id") @Parameter(description = "Imported organisation id.") UUID id,
            @Context Request request,
            @Context HttpHeaders headers) {
        ReviewOrganisation organisation = organisations.require(id);
        return ETags.conditionalGet(
                request,
                headers,
                organisation.version,
                OrganisationResponse.of(organisation, organisations.reviewCount(id)));
    }

    @PUT
    @Path("/{id}/source")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Link an imported organisation to a source",
            description = "An admin's decision, recorded in the audit trail with its rationale: from now on the "
                    + "organisation's reviews count as this source's, and each of its reviews on record that still counts "
                    + "is moved (its item withdrawn with the decision as reason, the same rating added from the source; "
                    + "each claim reassessed). Naming the organisation's own source undoes a link. An If-Match header "
                    + "with a stale ETag is refused with 412.")
    @APIResponse(
            responseCode = "200",
            description = "The organisation as linked.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Its new version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganisationResponse.class)))
    public Response link(
            @PathParam("id") @Parameter(description = "Imported organisation id.") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag the decision is based on (optional).")
                    String ifMatch,
            @NotNull @Valid OrganisationLink link) {
        ReviewOrganisation organisation =
                organisations.link(id, link.sourceId(), link.rationale(), ETags.expected(ifMatch, false));
        return Response.ok(OrganisationResponse.of(organisation, organisations.reviewCount(id)))
                .tag(ETags.of(organisation.version))
                .build();
    }
}
