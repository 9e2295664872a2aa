package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiverPacingTest {

    private static final Duration ROUND_WAIT = Duration.ofSeconds(2);
    private static final Duration QUICK = Duration.ofMillis(40);
    private static final Duration HUNG = Duration.ofSeconds(10);

    private final ReceiverPacing pacing = new ReceiverPacing(ROUND_WAIT, 4);
    private final UUID cms = UUID.randomUUID();
    private final UUID hung = UUID.randomUUID();

    @Test
    void aSubscriberWithADeliveryStillOutIsHeldBackUntilItIsDone() {
        pacing.handedOver(cms);
        pacing.handedOver(cms);
        assertEquals(Set.of(cms), pacing.heldBack());
        send(cms, QUICK);
        assertEquals(Set.of(cms), pacing.heldBack());
        send(cms, QUICK);
        assertEquals(Set.of(), pacing.heldBack());
    }

    @Test
    void aReceiverSlowerThanARoundGetsOneSendAtATimeUntilItAnswersQuicklyAgain() {
        pacing.handedOver(hung);
        send(hung, HUNG);
        assertEquals(Set.of(hung), pacing.heldBack(), "slow: left out of the usual selection");
        assertEquals(Set.of(hung), pacing.slowReady(), "but offered one delivery");

        pacing.handedOver(hung);
        pacing.handedOver(hung);
        assertTrue(pacing.maySend(hung));
        assertFalse(pacing.maySend(hung), "a second send while the first is out");
        assertEquals(Set.of(), pacing.slowReady());
        pacing.sent(hung, QUICK);
        pacing.done(hung);
        pacing.done(hung);

        assertEquals(Set.of(), pacing.heldBack(), "answered within a round: fast again");
        assertTrue(pacing.maySend(hung));
        assertTrue(pacing.maySend(hung));
    }

    @Test
    void slowSubscribersTogetherLeaveOneSenderToTheOthers() {
        UUID[] slow = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        for (UUID webhook : slow) {
            pacing.handedOver(webhook);
            send(webhook, HUNG);
        }
        assertEquals(3, pacing.slowRoom());
        pacing.handedOver(slow[0]);
        pacing.handedOver(slow[1]);
        assertEquals(1, pacing.slowRoom());
        pacing.handedOver(slow[2]);
        assertEquals(0, pacing.slowRoom());
        assertEquals(Set.of(slow[3]), pacing.slowReady());
    }

    @Test
    void aSendThatDidNotHappenLeavesTheSubscribersPaceAsItWas() {
        pacing.handedOver(hung);
        send(hung, HUNG);
        pacing.handedOver(hung);
        assertTrue(pacing.maySend(hung));
        pacing.notSent(hung);
        pacing.done(hung);
        assertEquals(Set.of(hung), pacing.slowReady(), "still slow");
        assertTrue(pacing.maySend(hung), "and nothing counted as being sent");
    }

    @Test
    void withOneSenderASlowSubscriberStillGetsItsTurn() {
        ReceiverPacing single = new ReceiverPacing(ROUND_WAIT, 1);
        single.handedOver(hung);
        assertTrue(single.maySend(hung));
        single.sent(hung, HUNG);
        single.done(hung);
        assertEquals(1, single.slowRoom());
    }

    private void send(UUID webhook, Duration took) {
        assertTrue(pacing.maySend(webhook));
        pacing.sent(webhook, took);
        pacing.done(webhook);
    }
}
