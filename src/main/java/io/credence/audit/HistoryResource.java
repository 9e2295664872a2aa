package io.credence.audit;

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

@Path("/claims/{claimId}/history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Claims")
public class HistoryResource {

    private final AuditReader auditReader;

    HistoryResource(AuditReader auditReader) {
        this.auditReader = auditReader;
    }

    @GET
    @Operation(
            summary = "A claim's history",
            description = "Every recorded change to the claim and its evidence, oldest "
                    + "first: who, when, why, the states before and after, and the hash chain.")
    public List<AuditEventResponse> history(@PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId) {
        return auditReader.history(claimId).stream().map(AuditEventResponse::of).toList();
    }
}
