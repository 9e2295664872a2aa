package io.credence.webhook;

import io.credence.audit.CheckpointResponse;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of {@code audit.checkpoint}: a signed checkpoint, as {@code GET /audit/checkpoints} shows it. */
@Schema(name = "AuditCheckpointEvent", description = "The data of audit.checkpoint: a signed audit checkpoint.")
public record AuditCheckpointPublished(
        @Schema(description = "From 1, one more for each checkpoint.")
        long sequence,

        @Schema(description = "When it was made.") Instant at,

        @Schema(description = "Chains with at least one event.")
        long chains,

        @Schema(description = "Events in those chains up to their heads.")
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
        String signature)
        implements EventPayload {

    static AuditCheckpointPublished of(CheckpointResponse c) {
        return new AuditCheckpointPublished(
                c.sequence(),
                c.at(),
                c.chains(),
                c.events(),
                c.root(),
                c.previous(),
                c.publicKey(),
                c.statement(),
                c.signature());
    }

    @Override
    public EventType type() {
        return EventType.AUDIT_CHECKPOINT;
    }
}
