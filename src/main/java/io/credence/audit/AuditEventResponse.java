package io.credence.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AuditEvent",
        description = "One recorded change, with the states before and after it and its place in " + "its hash chain.")
public record AuditEventResponse(
        UUID id,

        @Schema(
                description = "claim:<id> for a claim and everything on it, sources for sources.",
                examples = "claim:3b241101-e2bb-4255-8caf-4136c566a962")
        String chain,

        @Schema(description = "Position in the chain, from 1.", examples = "2")
        long seq,

        Instant at,

        @Schema(
                description = "Owner of the API key that made the change, or bootstrap-admin, system or engine.",
                examples = "Desk editor")
        String actor,

        @Schema(description = "The API key the actor used; absent for the bootstrap key and the service itself.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        UUID actorKeyId,

        @Schema(examples = "evidence.withdrawn") String action,
        @Schema(examples = "evidence") String entity,
        UUID entityId,

        @Schema(examples = "The report was retracted by its publisher")
        String reason,

        @Schema(type = SchemaType.OBJECT, description = "The entity's state before the change; absent for a creation.")
        JsonNode before,

        @Schema(type = SchemaType.OBJECT, description = "The entity's state after the change.")
        JsonNode after,

        @Schema(description = "SHA-256 of the previous event in the chain (64 zeros for the first).")
        String prevHash,

        @Schema(description = "SHA-256 of this event, in the form hashVersion names (docs/AUDIT.md).")
        String hash,

        @Schema(
                description =
                        "1: fields joined by 0x1F (the trail's earliest events); 2: RFC 8785 canonical JSON (every event written now).",
                examples = "2")
        int hashVersion) {

    static AuditEventResponse of(AuditEvent e) {
        return new AuditEventResponse(
                e.id,
                e.chain,
                e.seq,
                e.at,
                e.actor,
                e.actorKeyId,
                e.action,
                e.entity,
                e.entityId,
                e.reason,
                tree(e.before),
                tree(e.after),
                e.prevHash,
                e.hash,
                e.hashVersion);
    }

    static JsonNode tree(String json) {
        try {
            return json == null ? null : AuditWriter.CANONICAL.readTree(json);
        } catch (Exception e) {
            // A hand-edited state that is no longer JSON is shown as text; verification reports the edit.
            return AuditWriter.CANONICAL.getNodeFactory().textNode(json);
        }
    }
}
