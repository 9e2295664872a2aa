package io.credence.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The verifier on exports built here, so each tampering is exactly the one named. */
class ExportVerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyPair KEY = Ed25519.generate();
    private static final Instant AT = Instant.parse("2026-12-03T18:00:00Z");

    @Test
    void anUntouchedExportIsProvenAndLaterEventsAreCheckedToo() throws Exception {
        List<EventContent> events = trail(2, 3);
        JsonNode checkpoint = checkpoint(events);
        List<EventContent> later = new ArrayList<>(events);
        later.add(next(events.get(2), "verdict.published", "{\"rating\":2}"));
        ExportVerifier.Result result = verify(later, checkpoint, KEY);
        assertTrue(result.proven(), result.problems().toString());
        assertEquals(7, result.events());
        assertEquals(6, result.coveredEvents());
    }

    @Test
    void cuttingAChainBackIsRefuted() throws Exception {
        List<EventContent> events = trail(2, 3);
        JsonNode checkpoint = checkpoint(events);
        List<EventContent> cut = new ArrayList<>(events);
        cut.remove(2); // the last event of the first claim's chain, its head moved back with it
        ExportVerifier.Result result = verify(cut, checkpoint, KEY);
        assertFalse(result.proven());
        assertEquals(
                List.of("event 3 of chain " + events.get(2).chain() + ", signed by checkpoint 1, is missing: "
                        + "the chain was cut back"),
                result.problems());
    }

    @Test
    void rewritingWithRecomputedHashesIsRefuted() throws Exception {
        List<EventContent> events = trail(1, 3);
        JsonNode checkpoint = checkpoint(events);
        EventContent middle = events.get(1);
        List<EventContent> rewritten = new ArrayList<>(List.of(events.get(0)));
        EventContent changed = new EventContent(
                2,
                middle.id(),
                middle.chain(),
                2,
                middle.at(),
                middle.actor(),
                null,
                middle.action(),
                middle.entity(),
                middle.entityId(),
                middle.reason(),
                null,
                "{\"rating\":5}",
                middle.prevHash());
        rewritten.add(changed);
        rewritten.add(next(changed, events.get(2).action(), events.get(2).after()));
        ExportVerifier.Result result = verify(rewritten, checkpoint, KEY);
        assertEquals(
                List.of("event 3 of chain " + middle.chain() + " differs from what checkpoint 1 signed: "
                        + "the chain was rewritten"),
                result.problems());
    }

    @Test
    void anEditedEventOrAnotherKeyIsRefuted() throws Exception {
        List<EventContent> events = trail(1, 2);
        JsonNode checkpoint = checkpoint(events);
        ExportVerifier.Result otherKey = verify(events, checkpoint, Ed25519.generate());
        assertEquals(List.of("the checkpoint's signature does not verify with the pinned key"), otherKey.problems());

        ExportVerifier verifier = new ExportVerifier();
        ObjectNode first = line(events.get(0));
        first.set("after", JSON.readTree("{\"rating\":1}"));
        verifier.accept(first.toString());
        verifier.accept(line(events.get(1)).toString());
        List<String> problems = verifier.against(checkpoint, KEY.getPublic()).problems();
        assertEquals(1, problems.size());
        assertTrue(
                problems.get(0).startsWith("event 1 of chain " + events.get(0).chain()), problems.get(0));

        ((ObjectNode) checkpoint).set("heads", JSON.createArrayNode());
        assertEquals(
                List.of("the heads given with checkpoint 1 do not give the root it signed"),
                verify(events, checkpoint, KEY).problems());
    }

    @Test
    void versionOneEventsVerifyFromTheirExportedStates() throws Exception {
        EventContent old = new EventContent(
                1,
                UUID.randomUUID(),
                "sources",
                1,
                AT,
                "admin",
                null,
                "source.registered",
                "source",
                UUID.randomUUID(),
                null,
                null,
                "{\"name\":\"Wire\",\"rumourPenalty\":0.25,\"tags\":[]}",
                EventHash.GENESIS);
        List<EventContent> events = List.of(old, next(old, "source.reliability-changed", "{\"reliability\":\"B\"}"));
        assertTrue(verify(events, checkpoint(events), KEY).proven());
    }

    /** Chains of claims, each of the given length. */
    private static List<EventContent> trail(int claims, int length) {
        List<EventContent> events = new ArrayList<>();
        for (int c = 0; c < claims; c++) {
            UUID claim = UUID.randomUUID();
            EventContent event = new EventContent(
                    2,
                    UUID.randomUUID(),
                    "claim:" + claim,
                    1,
                    AT,
                    "Desk editor",
                    UUID.randomUUID(),
                    "claim.registered",
                    "claim",
                    claim,
                    null,
                    null,
                    "{\"text\":\"Claim " + c + "\"}",
                    EventHash.GENESIS);
            events.add(event);
            for (int i = 1; i < length; i++) {
                event = next(event, "evidence.added", "{\"stance\":\"SUPPORTS\",\"credibility\":" + i + "}");
                events.add(event);
            }
        }
        return events;
    }

    private static EventContent next(EventContent previous, String action, String after) {
        return new EventContent(
                2,
                UUID.randomUUID(),
                previous.chain(),
                previous.seq() + 1,
                previous.at().plusSeconds(1),
                "Desk editor",
                null,
                action,
                "evidence",
                UUID.randomUUID(),
                null,
                null,
                after,
                EventHash.of(previous));
    }

    private static JsonNode checkpoint(List<EventContent> events) {
        Map<String, ChainHead> heads = new TreeMap<>();
        for (EventContent e : events) {
            heads.put(e.chain(), new ChainHead(e.chain(), e.seq(), EventHash.of(e)));
        }
        List<ChainHead> list = List.copyOf(heads.values());
        CheckpointStatement statement = new CheckpointStatement(
                1,
                AT.plusSeconds(60),
                list.size(),
                list.stream().mapToLong(ChainHead::lastSeq).sum(),
                MerkleTree.root(list),
                EventHash.GENESIS,
                Ed25519.encode(KEY.getPublic()));
        ObjectNode checkpoint = JSON.createObjectNode();
        checkpoint.put("sequence", 1);
        checkpoint.put("statement", statement.canonical());
        checkpoint.put("signature", Ed25519.sign(KEY.getPrivate(), statement.canonical()));
        checkpoint.set("heads", JSON.valueToTree(list));
        return checkpoint;
    }

    private static ExportVerifier.Result verify(List<EventContent> events, JsonNode checkpoint, KeyPair key)
            throws Exception {
        ExportVerifier verifier = new ExportVerifier();
        for (EventContent e : events) {
            verifier.accept(line(e).toString());
        }
        return verifier.against(checkpoint, key.getPublic());
    }

    /** An event as GET /audit/export writes it. */
    private static ObjectNode line(EventContent e) throws Exception {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", e.id().toString());
        line.put("chain", e.chain());
        line.put("seq", e.seq());
        line.put("at", e.at().toString());
        line.put("actor", e.actor());
        if (e.actorKeyId() != null) {
            line.put("actorKeyId", e.actorKeyId().toString());
        }
        line.put("action", e.action());
        line.put("entity", e.entity());
        line.put("entityId", e.entityId().toString());
        line.put("reason", e.reason());
        line.set("before", e.before() == null ? JSON.nullNode() : JSON.readTree(e.before()));
        line.set("after", JSON.readTree(e.after()));
        line.put("prevHash", e.prevHash());
        line.put("hash", EventHash.of(e));
        line.put("hashVersion", e.hashVersion());
        return line;
    }
}
