package io.credence.reassessment;

import io.credence.access.Roles;
import io.credence.assessment.ConfidenceEngine;
import io.credence.claim.ClaimService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/{claimId}/assessment")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Claims")
public class AssessmentResource {

    private final ClaimService claims;
    private final ClaimAssessor assessor;
    private final ConfidenceEngine engine;

    AssessmentResource(ClaimService claims, ClaimAssessor assessor, ConfidenceEngine engine) {
        this.claims = claims;
        this.assessor = assessor;
        this.engine = engine;
    }

    @GET
    @Operation(
            summary = "Explain a claim's status",
            description = "The confidence engine's assessment of the claim with its full derivation: for every "
                    + "evidence item its factors, its weight, whether it counted or was merged as a repeat, and "
                    + "the running r and s; then the opinion, the probability and the thresholds that gave the status.")
    public AssessmentResponse get(@PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId) {
        ClaimAssessor.Explained explained = assessor.explain(claims.require(claimId));
        return AssessmentResponse.of(claimId, explained.assessment(), engine.parameters(), explained.wouldChange());
    }
}
