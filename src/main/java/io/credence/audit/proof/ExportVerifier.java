package io.credence.audit.proof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Proves or refutes an audit export against a signed checkpoint, trusting neither the service nor
 * the database: only the public key the auditor pinned. Feed it every line of a full JSON Lines
 * export ({@code GET /audit/export}), then ask it about the checkpoint
 * ({@code GET /audit/checkpoints/{n}}). It keeps two hashes per event, not the events.
 *
 * <p>Proven means: the checkpoint is signed by the key; its heads give its Merkle root; every
 * event hashes to its hash and links to the one before; and every head the checkpoint signed is
 * still in the export with the same hash, so nothing it covered was rewritten or taken off the end.
 */
public final class ExportVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Map<Long, Link>> chains = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long events;

    private record Link(String hash, String prevHash) {}

    /** What the verifier concluded: proven when there are no problems. */
    public record Result(boolean proven, long events, long coveredEvents, List<String> problems) {}

    /** Reads one exported event: recomputes its hash, remembers its place. */
    public void accept(String line) {
        if (line.isBlank()) {
            return;
        }
        JsonNode event;
        try {
            event = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add("line " + (events + 1) + " of the export is not JSON");
            return;
        }
        events++;
        EventContent content = content(event);
        String hash = event.path("hash").asText();
        String where = "event " + content.seq() + " of chain " + content.chain() + " (" + content.id() + ")";
        try {
            if (!EventHash.of(content).equals(hash)) {
                problems.add(where + " does not hash to its hash: its content was changed");
            }
        } catch (IllegalArgumentException unknownVersion) {
            problems.add(where + ": " + unknownVersion.getMessage());
        }
        Link previous = chains.computeIfAbsent(content.chain(), c -> new TreeMap<>())
                .put(content.seq(), new Link(hash, content.prevHash()));
        if (previous != null) {
            problems.add("chain " + content.chain() + " has two events " + content.seq());
        }
    }

    /** Checks the chains read so far, and the checkpoint against them, with the auditor's key. */
    public Result against(JsonNode checkpoint, PublicKey pinned) {
        List<String> found = new ArrayList<>(problems);
        checkLinks(found);
        long covered = checkCheckpoint(checkpoint, pinned, found);
        return new Result(found.isEmpty(), events, covered, List.copyOf(found));
    }

    private void checkLinks(List<String> found) {
        chains.forEach((chain, links) -> {
            String previous = EventHash.GENESIS;
            long expected = 1;
            for (Map.Entry<Long, Link> link : links.entrySet()) {
                if (link.getKey() != expected) {
                    found.add("chain " + chain + " has no event " + expected);
                    return;
                }
                if (!link.getValue().prevHash().equals(previous)) {
                    found.add("event " + expected + " of chain " + chain + " does not link to the event before it");
                    return;
                }
                previous = link.getValue().hash();
                expected++;
            }
        });
    }

    private long checkCheckpoint(JsonNode checkpoint, PublicKey pinned, List<String> found) {
        String statementText = checkpoint.path("statement").asText();
        if (!Ed25519.verify(pinned, statementText, checkpoint.path("signature").asText())) {
            found.add("the checkpoint's signature does not verify with the pinned key");
            return 0;
        }
        JsonNode statement;
        try {
            statement = JSON.readTree(statementText);
        } catch (JsonProcessingException e) {
            found.add("the signed statement is not JSON");
            return 0;
        }
        List<ChainHead> heads = new ArrayList<>();
        checkpoint
                .path("heads")
                .forEach(h -> heads.add(new ChainHead(
                        h.path("chain").asText(),
                        h.path("lastSeq").asLong(),
                        h.path("lastHash").asText())));
        long sequence = statement.path("sequence").asLong();
        if (!MerkleTree.root(heads).equals(statement.path("root").asText())
                || heads.size() != statement.path("chains").asLong()) {
            found.add("the heads given with checkpoint " + sequence + " do not give the root it signed");
            return 0;
        }
        long covered = 0;
        for (ChainHead head : heads) {
            Link link = Optional.ofNullable(chains.get(head.chain()))
                    .map(l -> l.get(head.lastSeq()))
                    .orElse(null);
            if (link == null) {
                found.add("event " + head.lastSeq() + " of chain " + head.chain() + ", signed by checkpoint " + sequence
                        + ", is missing: the chain was cut back");
            } else if (!link.hash().equals(head.lastHash())) {
                found.add("event " + head.lastSeq() + " of chain " + head.chain() + " differs from what checkpoint "
                        + sequence + " signed: the chain was rewritten");
            }
            covered += head.lastSeq();
        }
        return covered;
    }

    private static EventContent content(JsonNode e) {
        int version = e.path("hashVersion").asInt(1);
        return new EventContent(
                version,
                uuid(e.path("id")),
                text(e.path("chain")),
                e.path("seq").asLong(),
                e.hasNonNull("at") ? Instant.parse(e.path("at").asText()) : null,
                text(e.path("actor")),
                uuid(e.path("actorKeyId")),
                text(e.path("action")),
                text(e.path("entity")),
                uuid(e.path("entityId")),
                text(e.path("reason")),
                state(e.path("before")),
                state(e.path("after")),
                text(e.path("prevHash")));
    }

    /**
     * A state as stored. Stored states are compact JSON with sorted keys, and an export keeps their
     * key order, so writing the tree back compactly gives the stored text (which version 1 needs;
     * version 2 canonicalizes whatever it is given).
     */
    private static String state(JsonNode state) {
        if (state.isMissingNode() || state.isNull()) {
            return null;
        }
        if (state.isTextual()) {
            return state.asText(); // a state that was not JSON is exported as its text
        }
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static UUID uuid(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : UUID.fromString(node.asText());
    }
}
