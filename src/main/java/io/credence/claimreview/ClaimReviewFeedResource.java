package io.credence.claimreview;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.access.Roles;
import io.credence.time.Timestamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claim-reviews")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "ClaimReview")
public class ClaimReviewFeedResource {

    /** Reviews read from the database per page while the feed is written. */
    private static final int FEED_PAGE = 200;

    private final ClaimReviews reviews;
    private final ClaimReviewConfig config;
    private final ObjectMapper json;
    private final Timestamps timestamps;

    ClaimReviewFeedResource(ClaimReviews reviews, ClaimReviewConfig config, ObjectMapper json, Timestamps timestamps) {
        this.reviews = reviews;
        this.config = config;
        this.json = json;
        this.timestamps = timestamps;
    }

    @GET
    @Produces(ClaimReviewResource.LD_JSON)
    @Operation(
            summary = "Every published ClaimReview, as a DataFeed",
            description = "A schema.org DataFeed of the reviews of all published claims (confirmed duplicates are "
                    + "answered by their canonical claim), in claim id order, for partners to import. Written as it is "
                    + "read, a page of claims at a time.")
    @APIResponse(
            responseCode = "200",
            description = "The feed.",
            content =
                    @Content(
                            mediaType = ClaimReviewResource.LD_JSON,
                            schema = @Schema(implementation = ClaimReviewDocument.Feed.class)))
    public StreamingOutput feed(@Context UriInfo uri) {
        Function<UUID, String> serviceUrl = ClaimReviewResource.serviceUrl(uri);
        String modified = timestamps.now().toString();
        return out -> {
            try (JsonGenerator feed = json.getFactory().createGenerator(out)) {
                feed.writeStartObject();
                feed.writeStringField("@context", ClaimReviewDocument.SCHEMA_ORG);
                feed.writeStringField("@type", "DataFeed");
                feed.writeStringField("name", config.organisationName() + " fact-checks");
                feed.writeStringField("dateModified", modified);
                feed.writeArrayFieldStart("dataFeedElement");
                for (ClaimReviews.FeedPage page = reviews.publishedAfter(null, FEED_PAGE, serviceUrl);
                        page.last() != null;
                        page = reviews.publishedAfter(page.last(), FEED_PAGE, serviceUrl)) {
                    for (ClaimReviewDocument review : page.reviews()) {
                        json.writeValue(feed, review);
                    }
                }
                feed.writeEndArray();
                feed.writeEndObject();
            }
        };
    }
}
