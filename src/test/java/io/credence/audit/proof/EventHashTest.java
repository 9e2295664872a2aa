package io.credence.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.credence.hashing.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventHashTest {

    private static final UUID ID = UUID.fromString("0f8e2a5c-3b1d-4c6e-9a7f-1b2c3d4e5f60");
    private static final UUID CLAIM = UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962");
    private static final Instant AT = Instant.parse("2026-12-03T18:00:00.123456Z");

    /** The worked example of docs/AUDIT.md: RFC 8785 sorts keys, writes no spaces, and keeps nulls. */
    @Test
    void versionTwoHashesTheCanonicalJsonOfTheEvent() {
        EventContent event = new EventContent(
                2,
                ID,
                "claim:" + CLAIM,
                1,
                AT,
                "Desk editor",
                null,
                "claim.registered",
                "claim",
                CLAIM,
                null,
                null,
                "{\"text\":\"Moscow paid in gold\",\"tags\":[\"gold\"]}",
                EventHash.GENESIS);
        String canonical = "{\"action\":\"claim.registered\",\"actor\":\"Desk editor\",\"actorKeyId\":null,"
                + "\"after\":{\"tags\":[\"gold\"],\"text\":\"Moscow paid in gold\"},\"at\":\"2026-12-03T18:00:00.123456Z\","
                + "\"before\":null,\"chain\":\"claim:3b241101-e2bb-4255-8caf-4136c566a962\",\"entity\":\"claim\","
                + "\"entityId\":\"3b241101-e2bb-4255-8caf-4136c566a962\",\"id\":\"0f8e2a5c-3b1d-4c6e-9a7f-1b2c3d4e5f60\","
                + "\"prevHash\":\"" + "0".repeat(64) + "\",\"reason\":null,\"seq\":1,\"version\":2}";
        assertEquals(canonical, new String(EventHash.canonical(event), StandardCharsets.UTF_8));
        assertEquals(Sha256.hex(canonical), EventHash.of(event));
    }

    @Test
    void aSeparatorInAReasonCannotMoveAFieldBoundaryInVersionTwo() {
        // "Re-rated" 0x1F "by the desk" 0x1F {state}: one boundary, two readings
        EventContent reasonHoldsTheSeparator = new EventContent(
                1,
                ID,
                "sources",
                3,
                AT,
                "admin",
                null,
                "source.reliability-changed",
                "source",
                CLAIM,
                "Re-rated\u001fby the desk",
                "{\"reliability\":\"A\"}",
                "{\"reliability\":\"B\"}",
                EventHash.GENESIS);
        EventContent beforeHoldsIt = new EventContent(
                1,
                ID,
                "sources",
                3,
                AT,
                "admin",
                null,
                "source.reliability-changed",
                "source",
                CLAIM,
                "Re-rated",
                "by the desk\u001f{\"reliability\":\"A\"}",
                "{\"reliability\":\"B\"}",
                EventHash.GENESIS);
        assertEquals(EventHash.of(reasonHoldsTheSeparator), EventHash.of(beforeHoldsIt), "version 1 is ambiguous");
        assertNotEquals(EventHash.of(versionTwo(reasonHoldsTheSeparator)), EventHash.of(versionTwo(beforeHoldsIt)));
    }

    @Test
    void theKeyAndEveryFieldAreCovered() {
        EventContent event = new EventContent(
                2,
                ID,
                "sources",
                3,
                AT,
                "admin",
                null,
                "source.registered",
                "source",
                CLAIM,
                null,
                null,
                "{\"reliability\":\"B\"}",
                EventHash.GENESIS);
        EventContent withKey = new EventContent(
                2,
                ID,
                "sources",
                3,
                AT,
                "admin",
                UUID.randomUUID(),
                "source.registered",
                "source",
                CLAIM,
                null,
                null,
                "{\"reliability\":\"B\"}",
                EventHash.GENESIS);
        EventContent otherState = new EventContent(
                2,
                ID,
                "sources",
                3,
                AT,
                "admin",
                null,
                "source.registered",
                "source",
                CLAIM,
                null,
                null,
                "{\"reliability\":\"C\"}",
                EventHash.GENESIS);
        assertNotEquals(EventHash.of(event), EventHash.of(withKey));
        assertNotEquals(EventHash.of(event), EventHash.of(otherState));
        // the same state written with other spacing or key order is the same state
        EventContent respaced = new EventContent(
                2,
                ID,
                "sources",
                3,
                AT,
                "admin",
                null,
                "source.registered",
                "source",
                CLAIM,
                null,
                null,
                "{ \"reliability\" : \"B\" }",
                EventHash.GENESIS);
        assertEquals(EventHash.of(event), EventHash.of(respaced));
    }

    @Test
    void anUnknownVersionIsNotGuessed() {
        EventContent event = new EventContent(
                3,
                ID,
                "sources",
                1,
                AT,
                "admin",
                null,
                "source.registered",
                "source",
                CLAIM,
                null,
                null,
                "{}",
                EventHash.GENESIS);
        assertThrows(IllegalArgumentException.class, () -> EventHash.of(event));
    }

    private static EventContent versionTwo(EventContent e) {
        return new EventContent(
                2,
                e.id(),
                e.chain(),
                e.seq(),
                e.at(),
                e.actor(),
                e.actorKeyId(),
                e.action(),
                e.entity(),
                e.entityId(),
                e.reason(),
                e.before(),
                e.after(),
                e.prevHash());
    }
}
