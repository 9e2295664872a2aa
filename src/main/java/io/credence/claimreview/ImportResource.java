package io.credence.claimreview;

import io.credence.access.Roles;
import io.credence.api.ProblemResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claim-reviews/import")
@Tag(name = "ClaimReview", description = "schema.org ClaimReview: others' fact-checks in, the desk's own out.")
public class ImportResource {

    private final ReviewImport imports;

    ImportResource(ReviewImport imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes({ClaimReviewResource.LD_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import others' fact-checks",
            description =
                    "Reads schema.org ClaimReview JSON-LD as fact-checkers publish it: one ClaimReview, an array of "
                            + "them, or a DataFeed (dataFeedElement of ClaimReviews or DataFeedItems). Each review is attached to "
                            + "the registered claim that says the same (the matching path) or registers its claim; its rating "
                            + "becomes evidence from the reviewing organisation, known by the domain of the review's url (never by "
                            + "the name the feed gives it) and given a source of its own with reliability F on first sight; its "
                            + "reviews count as another source's only after an admin links it (PUT "
                            + "/claim-reviews/organisations/{id}/source). A review is known by its url: sent again unchanged it changes nothing, changed it "
                            + "replaces its evidence item (both audited). Each review is imported on its own: bad ones are "
                            + "reported by index without failing the good ones. The feed is read as a stream, up to "
                            + "credence.http.max-bulk-body-size and credence.claim-review.max-reviews-per-import reviews.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = ClaimReviewResource.LD_JSON,
                            schema =
                                    @Schema(
                                            description = "A ClaimReview, an array of them, or a DataFeed.",
                                            type = SchemaType.OBJECT)))
    @APIResponse(
            responseCode = "200",
            description = "What was done with each review.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.TOO_LARGE)
    public ImportReport importFeed(InputStream feed) throws IOException {
        return imports.importFeed(feed);
    }
}
