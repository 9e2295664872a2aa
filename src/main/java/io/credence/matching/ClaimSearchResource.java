package io.credence.matching;

import io.credence.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/search")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Claims")
public class ClaimSearchResource {

    private final ClaimSearch search;

    ClaimSearchResource(ClaimSearch search) {
        this.search = search;
    }

    @POST
    @Operation(
            summary = "Has this been checked already?",
            description =
                    "Ranks the registered claims by meaning (sentence vectors) and words (BM25) against the text, "
                            + "best first, and says how each relates: SAME (says the same), CONTRADICTS (same subject, a "
                            + "different number, material or a negation) or RELATED. Returns `limit` claims whatever their "
                            + "score: the caller decides. A long text that contains a registered claim in one sentence matches it.")
    public SearchResponse search(@NotNull @Valid SearchRequest request) {
        return new SearchResponse(search.search(request.text(), null, request.limitOrDefault()).stream()
                .map(SimilarClaim::of)
                .toList());
    }
}
