package io.credence.verdict;

import io.credence.api.PublicLinks;
import io.credence.access.Roles;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/{claimId}/claim-review")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Verdicts")
public class ClaimReviewResource {

    static final String LD_JSON = "application/ld+json";
    private static final String SCHEMA_ORG = "https://schema.org";

    private final ClaimService claims;
    private final VerdictService verdicts;
    private final ClaimReviewConfig config;

    ClaimReviewResource(ClaimService claims, VerdictService verdicts, ClaimReviewConfig config) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.config = config;
    }

    @GET
    @Produces(LD_JSON)
    @Operation(summary = "The claim's ClaimReview", description = "schema.org ClaimReview (JSON-LD) for the claim's current "
            + "verdict, ready to embed in the published fact-check. A confirmed duplicate answers with its canonical "
            + "claim's review. 404 when no verdict is published.")
    @APIResponse(responseCode = "200", description = "The ClaimReview.",
            content = @Content(mediaType = LD_JSON, schema = @Schema(implementation = ClaimReviewDocument.class)))
    public ClaimReviewDocument get(@PathParam("claimId") @Parameter(description = "Claim id.") UUID requested,
                                   @Context UriInfo uri) {
        UUID claimId = claims.canonicalOf(requested);
        Verdict verdict = verdicts.requireCurrent(claimId);
        Claim claim = claims.require(claimId);
        String url = config.reviewUrl().map(u -> u.replace("{id}", claimId.toString()))
                .orElse(PublicLinks.base(uri).path("claims/{id}/claim-review").build(claimId).toString());
        ClaimReviewDocument.Thing organisation = new ClaimReviewDocument.Thing("Organization", config.organisationName(),
                config.organisationUrl().orElse(null), null);
        ClaimReviewDocument.Thing claimant = claim.claimant == null ? null
                : new ClaimReviewDocument.Thing("Person", claim.claimant, null, null);
        ClaimReviewDocument.Thing appearance = claim.appearance == null || claim.appearance.url == null ? null
                : new ClaimReviewDocument.Thing("CreativeWork", null, claim.appearance.url,
                claim.appearance.publisher == null ? null
                        : new ClaimReviewDocument.Thing("Organization", claim.appearance.publisher, null, null));
        return new ClaimReviewDocument(SCHEMA_ORG, "ClaimReview", url, claim.text,
                ClaimReviewDocument.date(verdict.publishedAt), organisation,
                new ClaimReviewDocument.Rating("Rating", verdict.rating, 5, 1, verdict.label),
                new ClaimReviewDocument.ClaimItem("Claim", claimant,
                        ClaimReviewDocument.date(claim.appearance == null ? null : claim.appearance.publishedAt),
                        appearance));
    }
}
