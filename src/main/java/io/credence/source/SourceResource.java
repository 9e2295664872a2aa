package io.credence.source;

import io.credence.access.Roles;
import io.credence.api.ETags;
import io.credence.api.PageRequest;
import io.credence.api.PublicLinks;
import io.credence.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Sources", description = "Outlets, agencies, organisations and people, with their reliability ratings.")
public class SourceResource {

    private final SourceService sources;

    SourceResource(SourceService sources) {
        this.sources = sources;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Register a source",
            description =
                    "Registers a source with its first Admiralty reliability rating, which starts its rating history.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the new source.",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new source.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SourceResponse.class)))
    public Response register(@NotNull @Valid CreateSourceRequest request, @Context UriInfo uri) {
        Source source = sources.register(request);
        return Response.created(
                        PublicLinks.absolutePath(uri).path(source.id.toString()).build())
                .tag(ETags.of(source.version))
                .entity(SourceResponse.of(source))
                .build();
    }

    @GET
    @Operation(
            summary = "List sources",
            description = "Sources ordered by name, optionally those whose name contains q.")
    public Page<SourceResponse> list(
            @QueryParam("q")
                    @Size(max = 300)
                    @Parameter(
                            description = "Only sources whose name contains this text (case-insensitive).",
                            example = "reuters")
                    String q,
            @Valid @BeanParam PageRequest page) {
        return sources.list(q, page.query()).map(SourceResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Get a source",
            description = "The source and its current rating; the ETag carries its version.")
    @APIResponse(
            responseCode = "200",
            description = "The source.",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The source's version.",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SourceResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match.")
    public Response get(
            @PathParam("id") @Parameter(description = "Source id.") UUID id,
            @Context Request request,
            @Context HttpHeaders headers) {
        var source = sources.require(id);
        return ETags.conditionalGet(request, headers, source.version, SourceResponse.of(source));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}/reliability")
    @Operation(
            summary = "Change a source's reliability",
            description = "Gives the source a new rating with its rationale. The previous rating stays in the history. "
                    + "An If-Match header with a stale ETag is refused with 412.")
    @APIResponse(
            responseCode = "200",
            description = "The source with its new rating. The claims it bears on are "
                    + "reassessed in the background; the Link header (rel=\"reassessment\") names the job to follow.",
            headers = {
                @Header(
                        name = "ETag",
                        description = "The source's new version.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Link",
                        description = "</jobs/{id}>; rel=\"reassessment\"",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(schema = @Schema(implementation = SourceResponse.class)))
    public Response changeReliability(
            @PathParam("id") @Parameter(description = "Source id.") UUID id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag the change is based on (optional).")
                    String ifMatch,
            @NotNull @Valid ReliabilityChange change,
            @Context UriInfo uri) {
        return rerated(sources.changeReliability(id, change, ETags.expected(ifMatch, false)), uri);
    }

    /** The answer to a re-rating, however it was asked for: the source, its new ETag and the reassessment job's link. */
    public static Response rerated(SourceService.Rerating rerating, UriInfo uri) {
        Source source = rerating.source();
        return Response.ok(SourceResponse.of(source))
                .tag(ETags.of(source.version))
                .link(
                        PublicLinks.base(uri)
                                .path("jobs")
                                .path(rerating.jobId().toString())
                                .build(),
                        "reassessment")
                .build();
    }

    @GET
    @Path("/{id}/reliability-history")
    @Operation(summary = "A source's rating history", description = "Every rating the source has held, oldest first.")
    public List<RatingResponse> history(@PathParam("id") @Parameter(description = "Source id.") UUID id) {
        return sources.history(id).stream().map(RatingResponse::of).toList();
    }
}
