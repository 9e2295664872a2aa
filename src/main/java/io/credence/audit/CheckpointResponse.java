package io.credence.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.credence.audit.proof.ChainHead;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AuditCheckpoint",
        description =
                "A signed statement of where every audit chain stood: keep a copy, "
                        + "and a later rewrite or rollback of the trail can be proved with the command-line verifier (docs/AUDIT.md).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckpointResponse(
        @Schema(description = "From 1, one more for each checkpoint.", examples = "12")
        long sequence,

        Instant at,

        @Schema(description = "Chains with at least one event.", examples = "1042")
        long chains,

        @Schema(description = "Events in those chains up to their heads.", examples = "9377")
        long events,

        @Schema(description = "RFC 6962 Merkle tree hash over the chain heads, hex.")
        String root,

        @Schema(description = "SHA-256 of the previous checkpoint's statement (64 zeros for the first).")
        String previous,

        @Schema(description = "Ed25519 public key, base64 X.509 SubjectPublicKeyInfo.")
        String publicKey,

        @Schema(description = "The RFC 8785 canonical JSON that was signed.")
        String statement,

        @Schema(description = "Ed25519 signature over the statement's UTF-8 bytes, base64.")
        String signature,

        @Schema(
                description =
                        "Every chain's head at this checkpoint, by chain name; only on GET /audit/checkpoints/{sequence}.")
        List<ChainHead> heads) {

    static CheckpointResponse of(AuditCheckpoint c, List<ChainHead> heads) {
        return new CheckpointResponse(
                c.seq, c.at, c.chains, c.events, c.root, c.previous, c.publicKey, c.statement, c.signature, heads);
    }
}
