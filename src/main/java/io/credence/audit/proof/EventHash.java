package io.credence.audit.proof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.hashing.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The hash of an audit event, SHA-256 as 64 lowercase hex digits. Two forms, chosen by the event's
 * {@code hashVersion}, so that events written before version 2 keep verifying:
 * <ul>
 * <li><b>2</b> (every event written now): over the UTF-8 bytes of the RFC 8785 canonical JSON
 * (JCS) of one object: {@code version, id, chain, seq, at, actor, actorKeyId, action, entity,
 * entityId, reason, before, after, prevHash}, absent values as {@code null}, {@code before} and
 * {@code after} as JSON values. Every field boundary is a JSON token, so no content can move it.
 * docs/AUDIT.md works one example through by hand.</li>
 * <li><b>1</b>: over the fields in that order (without version and key id), joined by the ASCII
 * unit separator 0x1F, an absent field as the empty string. Ambiguous when a field holds 0x1F,
 * which input now refuses.</li>
 * </ul>
 * Each event carries the previous event's hash, so changing, removing or reordering any event
 * breaks every hash after it.
 */
public final class EventHash {

    /** The version new events are written with. */
    public static final int CURRENT = 2;
    /** The previous hash of a chain's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventHash() {}

    /** The event's hash in the form its version names; fails when the version is unknown. */
    public static String of(EventContent e) {
        return switch (e.hashVersion()) {
            case 1 -> Sha256.hex(separated(e).getBytes(StandardCharsets.UTF_8));
            case 2 -> Sha256.hex(canonical(e));
            default -> throw new IllegalArgumentException("unknown hash version " + e.hashVersion());
        };
    }

    /** The RFC 8785 canonical form a version 2 hash is taken over. */
    public static byte[] canonical(EventContent e) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", e.hashVersion());
        event.put("id", text(e.id()));
        event.put("chain", e.chain());
        event.put("seq", e.seq());
        event.put("at", e.at() == null ? null : DateTimeFormatter.ISO_INSTANT.format(e.at()));
        event.put("actor", e.actor());
        event.put("actorKeyId", text(e.actorKeyId()));
        event.put("action", e.action());
        event.put("entity", e.entity());
        event.put("entityId", text(e.entityId()));
        event.put("reason", e.reason());
        event.set("before", state(e.before()));
        event.set("after", state(e.after()));
        event.put("prevHash", e.prevHash());
        return jcs(event);
    }

    /** RFC 8785 canonical UTF-8 bytes of a JSON value. */
    public static byte[] jcs(JsonNode value) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(value)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot canonicalize", e);
        }
    }

    private static JsonNode state(String json) {
        if (json == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // A state edited into something that is not JSON: hashed as text, so the hash cannot match.
            return JSON.getNodeFactory().textNode(json);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String separated(EventContent e) {
        StringBuilder fields = new StringBuilder(256);
        append(fields, e.id()).append(SEPARATOR);
        append(fields, e.chain()).append(SEPARATOR);
        append(fields, e.seq()).append(SEPARATOR);
        append(fields, e.at()).append(SEPARATOR);
        append(fields, e.actor()).append(SEPARATOR);
        append(fields, e.action()).append(SEPARATOR);
        append(fields, e.entity()).append(SEPARATOR);
        append(fields, e.entityId()).append(SEPARATOR);
        append(fields, e.reason()).append(SEPARATOR);
        append(fields, e.before()).append(SEPARATOR);
        append(fields, e.after()).append(SEPARATOR);
        append(fields, e.prevHash());
        return fields.toString();
    }

    private static StringBuilder append(StringBuilder sb, Object value) {
        return value == null ? sb : sb.append(value);
    }
}
