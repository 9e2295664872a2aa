package io.credence.webhook;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps one receiver that is slow to answer from holding back the others. The dispatcher tells it
 * which deliveries it handed to its senders, which of them it sent and how long that took:
 *
 * <ul>
 *   <li>a subscriber with a delivery still with the senders gets no more until it is done, so a round
 *       can go on without its stragglers and nothing is handed over twice;
 *   <li>a subscriber whose last send took longer than a round may wait is <em>slow</em>: it gets one
 *       send at a time, and slow subscribers together hold at most all senders but one, so the
 *       others' notices always have a sender.
 * </ul>
 *
 * A slow subscriber is fast again after one send that took less. A receiver that hangs from its
 * first delivery can still hold every sender for one answer timeout, until its first sends end.
 */
final class ReceiverPacing {

    private final Duration slowAfter;
    private final int senders;
    /** Deliveries handed to the senders and not yet done (sent or let go), by subscriber. */
    private final Map<UUID, Integer> handedOver = new HashMap<>();
    /** Of those, the ones being sent right now, by subscriber. */
    private final Map<UUID, Integer> sending = new HashMap<>();

    private final Set<UUID> slow = new HashSet<>();

    ReceiverPacing(Duration slowAfter, int senders) {
        this.slowAfter = slowAfter;
        this.senders = Math.max(1, senders);
    }

    /** Subscribers a round does not take deliveries for in its usual way: some still out, or slow. */
    synchronized Set<UUID> heldBack() {
        Set<UUID> held = new HashSet<>(handedOver.keySet());
        held.addAll(slow);
        return held;
    }

    /** Slow subscribers with nothing out: each may get one delivery, within {@link #slowRoom}. */
    synchronized Set<UUID> slowReady() {
        Set<UUID> ready = new HashSet<>(slow);
        ready.removeAll(handedOver.keySet());
        return ready;
    }

    /** How many slow subscribers may get a delivery now: all senders but one, less those slow ones have. */
    synchronized int slowRoom() {
        long slowOut = slow.stream().filter(handedOver::containsKey).count();
        return (int) Math.max(0, Math.max(1, senders - 1) - slowOut);
    }

    synchronized void handedOver(UUID webhook) {
        handedOver.merge(webhook, 1, Integer::sum);
    }

    /**
     * Whether a sender may send this delivery now; false for a slow subscriber already being sent to
     * (the delivery stays due, for a later round). A true must be followed by {@link #sent} or {@link #notSent}.
     */
    synchronized boolean maySend(UUID webhook) {
        if (slow.contains(webhook) && sending.containsKey(webhook)) {
            return false;
        }
        sending.merge(webhook, 1, Integer::sum);
        return true;
    }

    /** A send ended (answered, refused or timed out) after {@code took}. */
    synchronized void sent(UUID webhook, Duration took) {
        decrement(sending, webhook);
        if (took.compareTo(slowAfter) > 0) {
            slow.add(webhook);
        } else {
            slow.remove(webhook);
        }
    }

    /** A send allowed by {@link #maySend} did not happen (another dispatcher had taken the delivery). */
    synchronized void notSent(UUID webhook) {
        decrement(sending, webhook);
    }

    /** A delivery handed over is done with, sent or not. */
    synchronized void done(UUID webhook) {
        decrement(handedOver, webhook);
    }

    private static void decrement(Map<UUID, Integer> counts, UUID webhook) {
        counts.computeIfPresent(webhook, (key, count) -> count == 1 ? null : count - 1);
    }
}
