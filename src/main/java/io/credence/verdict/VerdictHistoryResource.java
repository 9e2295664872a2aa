package io.credence.verdict;

import io.credence.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every verdict published on a claim (apart from {@link VerdictResource} for the reason given there). */
@Path("/claims/{claimId}/verdicts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Verdicts", description = "Fact-checkers' published decisions, beside the computed assessment.")
public class VerdictHistoryResource {

    private final VerdictService verdicts;

    VerdictHistoryResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @GET
    @Operation(
            summary = "Every verdict",
            description = "All verdicts on the claim, oldest first, superseded ones marked.")
    public List<VerdictResponse> history(@PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId) {
        return verdicts.history(claimId).stream().map(VerdictResponse::of).toList();
    }
}
