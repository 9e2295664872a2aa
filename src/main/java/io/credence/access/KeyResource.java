package io.credence.access;

import io.credence.api.ApiException;
import io.credence.api.ProblemType;
import io.credence.api.PublicLinks;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Access", description = "API keys and their roles (admin only).")
public class KeyResource {

    private final ApiKeys keys;
    private final SecurityIdentity caller;

    KeyResource(ApiKeys keys, SecurityIdentity caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Operation(
            summary = "Issue an API key",
            description = "Issues a key with one role. The key is in this answer "
                    + "and nowhere else: only its hash is stored.")
    @APIResponse(
            responseCode = "201",
            description = "Issued.",
            content = @Content(schema = @Schema(implementation = KeyResponse.class)))
    public Response issue(@NotNull @Valid IssueKeyRequest request, @Context UriInfo uri) {
        Role role = Arrays.stream(Role.values())
                .filter(r -> r.roleName().equals(request.role()))
                .findFirst()
                .orElseThrow(() ->
                        new ApiException(ProblemType.VALIDATION, "role: must be one of admin, editor, cms, auditor"));
        ApiKeys.Issued issued =
                keys.issue(request.owner(), role, caller.getPrincipal().getName(), request.checkRegistrationsPerHour());
        return Response.created(PublicLinks.absolutePath(uri)
                        .path(issued.key().id.toString())
                        .build())
                .entity(KeyResponse.of(issued.key(), issued.plainText()))
                // the only answer that carries a key in plain text: no cache, proxy or browser may keep it
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Operation(
            summary = "List API keys",
            description = "Every key issued, revoked ones included; never the keys themselves.")
    public List<KeyResponse> list() {
        return keys.list().stream().map(k -> KeyResponse.of(k, null)).toList();
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Revoke an API key",
            description =
                    "The key stops working at once on the instance that "
                            + "revokes it, and on the others within credence's key cache expiry (30 s by default); its record stays.")
    // Emptied here, after the revocation has committed, so that no request can cache the key again in between.
    @CacheInvalidateAll(cacheName = ApiKeys.CACHE)
    public KeyResponse revoke(@PathParam("id") @Parameter(description = "Key id.") UUID id) {
        return KeyResponse.of(keys.revoke(id), null);
    }
}
