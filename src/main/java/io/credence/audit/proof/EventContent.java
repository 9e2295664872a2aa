package io.credence.audit.proof;

import java.time.Instant;
import java.util.UUID;

/**
 * What an audit event's hash covers, as the service stores it and exports it. {@code before} and
 * {@code after} are the states as stored (JSON text, keys sorted); {@code hashVersion} says which
 * form of {@link EventHash} was used when the event was written.
 */
public record EventContent(
        int hashVersion,
        UUID id,
        String chain,
        long seq,
        Instant at,
        String actor,
        UUID actorKeyId,
        String action,
        String entity,
        UUID entityId,
        String reason,
        String before,
        String after,
        String prevHash) {}
