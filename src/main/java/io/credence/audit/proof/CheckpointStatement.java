package io.credence.audit.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * What a checkpoint signs: its sequence number and time, how many chains and events it covers, the
 * Merkle root over their heads ({@link MerkleTree}), the hash of the statement of the checkpoint
 * before it (so checkpoints form a chain of their own) and the public key that signs it. Signed as
 * its RFC 8785 canonical JSON.
 */
public record CheckpointStatement(
        long sequence, Instant at, long chains, long events, String root, String previous, String publicKey) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text that is signed and whose hash the next checkpoint names. */
    public String canonical() {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("sequence", sequence);
        statement.put("at", DateTimeFormatter.ISO_INSTANT.format(at));
        statement.put("chains", chains);
        statement.put("events", events);
        statement.put("root", root);
        statement.put("previous", previous);
        statement.put("publicKey", publicKey);
        return new String(EventHash.jcs(statement), StandardCharsets.UTF_8);
    }
}
