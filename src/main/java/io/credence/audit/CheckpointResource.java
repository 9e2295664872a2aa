package io.credence.audit;

import io.credence.access.Roles;
import io.credence.api.PageRequest;
import io.credence.api.PublicLinks;
import io.credence.paging.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Audit")
public class CheckpointResource {

    private final AuditCheckpoints checkpoints;
    private final CheckpointSigner signer;

    CheckpointResource(AuditCheckpoints checkpoints, CheckpointSigner signer) {
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    @GET
    @Path("/checkpoints")
    @Operation(summary = "List signed checkpoints", description = "Newest first, without their heads.")
    public Page<CheckpointResponse> list(@Valid @BeanParam PageRequest page) {
        return checkpoints.list(page.query()).map(c -> CheckpointResponse.of(c, null));
    }

    @GET
    @Path("/checkpoints/{sequence}")
    @Operation(
            summary = "Read a checkpoint with its heads",
            description = "Everything the command-line verifier needs "
                    + "beside an export: the signed statement and every chain head its root covers.")
    public CheckpointResponse get(@PathParam("sequence") long sequence) {
        return CheckpointResponse.of(checkpoints.require(sequence), checkpoints.headsAt(sequence));
    }

    /**
     * Admins only: a checkpoint is a signature the service gives and a notice every subscriber receives,
     * and an auditor changes nothing. Bounded by the trail itself: a checkpoint is signed only when some
     * chain moved since the newest one; asked again with nothing new, the newest is the answer.
     */
    @POST
    @Path("/checkpoints")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Make a checkpoint now",
            description = "Admins only. Signs where every chain stands now when "
                    + "some chain moved since the newest checkpoint (201); with nothing new the newest checkpoint is the answer "
                    + "(200) and nothing is signed or sent. Checkpoints are also made at an interval: "
                    + "credence.audit.checkpoint-every.")
    @APIResponse(
            responseCode = "201",
            description = "The checkpoint, signed now.",
            content = @Content(schema = @Schema(implementation = CheckpointResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "Nothing moved since the newest checkpoint: that one.",
            content = @Content(schema = @Schema(implementation = CheckpointResponse.class)))
    public Response make(@Context UriInfo uri) {
        Optional<AuditCheckpoint> made = checkpoints.make();
        AuditCheckpoint checkpoint = made.orElseGet(() -> checkpoints.latest().orElseThrow());
        return Response.status(made.isPresent() ? Response.Status.CREATED : Response.Status.OK)
                .location(PublicLinks.absolutePath(uri)
                        .path(Long.toString(checkpoint.seq))
                        .build())
                .entity(CheckpointResponse.of(checkpoint, null))
                .build();
    }

    @GET
    @Path("/signing-key")
    @Operation(
            summary = "The key checkpoints are signed with",
            description = "Pin it out of band: the verifier checks "
                    + "checkpoints against the key you give it, not the one a checkpoint names.")
    public SigningKey signingKey() {
        return new SigningKey("Ed25519", signer.publicKey(), signer.fingerprint());
    }

    @Schema(name = "AuditSigningKey")
    public record SigningKey(
            @Schema(examples = "Ed25519") String algorithm,

            @Schema(description = "Base64 X.509 SubjectPublicKeyInfo.")
            String publicKey,

            @Schema(description = "SHA-256 of the key's encoded bytes, hex.")
            String fingerprint) {}
}
