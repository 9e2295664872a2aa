package io.credence.signature;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/.well-known/jwks.json")
@PermitAll
@Tag(name = "ClaimReview")
public class KeySetResource {

    static final String JWK_SET = "application/jwk-set+json";

    private final SigningKeyPeriods periods;

    KeySetResource(SigningKeyPeriods periods) {
        this.periods = periods;
    }

    @GET
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @SecurityRequirements
    @Operation(
            summary = "The keys published verdicts are signed with",
            description =
                    "A JWK set (RFC 7517) of every Ed25519 key (RFC 8037) the service has signed ClaimReviews and "
                            + "article.review-needed notices with, public halves only, without an API key. Each key's kid is its "
                            + "RFC 7638 thumbprint; nbf is when it began signing and, once another key replaced it, exp when it "
                            + "stopped: a signature dated outside that period is refused. Pin it once and refresh it when a "
                            + "signature names a kid you do not hold. The same key signs the audit checkpoints.")
    @APIResponse(
            responseCode = "200",
            description = "The key set.",
            content = @Content(mediaType = JWK_SET, schema = @Schema(implementation = KeySetDocument.class)))
    public Response keys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) SigningKeyPeriods.FRESH_FOR.toSeconds());
        return Response.ok(periods.keySet().json()).cacheControl(cache).build();
    }
}
