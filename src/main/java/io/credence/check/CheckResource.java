package io.credence.check;

import io.credence.access.Roles;
import io.credence.api.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/check")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CMS, Roles.EDITOR})
@Tag(name = "Language")
public class CheckResource {

    private final ArticleCheck check;

    CheckResource(ArticleCheck check) {
        this.check = check;
    }

    @POST
    @Operation(
            summary = "Check an article before publication",
            description = "Splits the text into sentences and gives each its check-worthiness (with the reasons), its "
                    + "rumour flags and the registered claims it matches, with their status and verdict. With "
                    + "register: true, check-worthy sentences that match no claim are registered, linked to the url.")
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    public CheckResponse check(@NotNull @Valid CheckRequest request) {
        return check.check(request);
    }
}
