package io.credence.claim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A claim as the audit trail records it. */
public record ClaimState(
        UUID id,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
        String claimant,
        String appearanceUrl,
        String appearancePublisher,
        Instant appearancePublishedAt,
        String language,
        List<String> tags,
        Instant createdAt) {

    static ClaimState of(Claim c) {
        Appearance a = c.appearance;
        return new ClaimState(
                c.id,
                c.text,
                c.headline,
                c.claimant,
                a == null ? null : a.url,
                a == null ? null : a.publisher,
                a == null ? null : a.publishedAt,
                c.language,
                c.tags.stream().sorted().toList(),
                c.createdAt);
    }
}
