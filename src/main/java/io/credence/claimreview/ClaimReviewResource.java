package io.credence.claimreview;

import io.credence.access.Roles;
import io.credence.api.PublicLinks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/{claimId}/claim-review")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "ClaimReview")
public class ClaimReviewResource {

    static final String LD_JSON = "application/ld+json";

    private final ClaimReviews reviews;

    ClaimReviewResource(ClaimReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Produces(LD_JSON)
    @Operation(
            summary = "The claim's ClaimReview",
            description =
                    "schema.org ClaimReview (JSON-LD) for the claim's current "
                            + "verdict, ready to embed in the published fact-check: rating with its label and explanation, the "
                            + "organisation, the claimant, every known appearance. A confirmed duplicate answers with its canonical "
                            + "claim's review. 404 unless the claim is PUBLISHED with a verdict (back in review, it serves none).")
    @APIResponse(
            responseCode = "200",
            description = "The ClaimReview.",
            content = @Content(mediaType = LD_JSON, schema = @Schema(implementation = ClaimReviewDocument.class)))
    public ClaimReviewDocument get(
            @PathParam("claimId") @Parameter(description = "Claim id.") UUID requested, @Context UriInfo uri) {
        return reviews.of(requested, serviceUrl(uri));
    }

    static Function<UUID, String> serviceUrl(UriInfo uri) {
        return id ->
                PublicLinks.base(uri).path("claims/{id}/claim-review").build(id).toString();
    }
}
