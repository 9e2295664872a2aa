package io.credence.audit;

import io.credence.api.Sha256;

/**
 * The hash of an audit event: SHA-256 (hex) over its fields in a fixed order, joined by the ASCII
 * unit separator (0x1F), an absent field as the empty string:
 * id, chain, seq, at (ISO-8601), actor, action, entity, entityId, reason, before, after, prevHash.
 * Each event carries the previous event's hash, so changing, removing or reordering any event
 * breaks every hash after it.
 */
public final class EventHash {

    /** The previous hash of a chain's first event. */
    public static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';

    private EventHash() {
    }

    public static String of(AuditEvent e) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, e.id).append(SEPARATOR);
        append(canonical, e.chain).append(SEPARATOR);
        append(canonical, e.seq).append(SEPARATOR);
        append(canonical, e.at).append(SEPARATOR);
        append(canonical, e.actor).append(SEPARATOR);
        append(canonical, e.action).append(SEPARATOR);
        append(canonical, e.entity).append(SEPARATOR);
        append(canonical, e.entityId).append(SEPARATOR);
        append(canonical, e.reason).append(SEPARATOR);
        append(canonical, e.before).append(SEPARATOR);
        append(canonical, e.after).append(SEPARATOR);
        append(canonical, e.prevHash);
        return Sha256.hex(canonical.toString());
    }

    private static StringBuilder append(StringBuilder sb, Object value) {
        return value == null ? sb : sb.append(value);
    }
}
