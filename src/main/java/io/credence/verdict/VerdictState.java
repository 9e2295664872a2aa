package io.credence.verdict;

import java.time.Instant;
import java.util.UUID;

/** A verdict as the audit trail records it. */
public record VerdictState(
        UUID id, int rating, String label, String rationale, String publishedBy, Instant publishedAt) {

    static VerdictState of(Verdict v) {
        return v == null ? null : new VerdictState(v.id, v.rating, v.label, v.rationale, v.publishedBy, v.publishedAt);
    }
}
