package io.credence.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** An API key as the audit trail records it: who holds it and what it may do, never the key or its hash. */
public record KeyState(
        UUID id,
        String owner,
        Role role,
        String prefix,
        Instant createdAt,
        String createdBy,
        Instant revokedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer checkRegistrationsPerHour) {

    static KeyState of(ApiKey key) {
        return new KeyState(
                key.id,
                key.owner,
                key.role,
                key.prefix,
                key.createdAt,
                key.createdBy,
                key.revokedAt,
                key.checkRegistrationsPerHour);
    }
}
