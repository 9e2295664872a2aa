package io.credence.source;

import io.credence.assessment.Reliability;
import java.time.Instant;
import java.util.UUID;

/** A source as the audit trail records it. */
public record SourceState(
        UUID id,
        String name,
        SourceKind kind,
        String homepage,
        Reliability reliability,
        String rationale,
        Instant ratedAt) {

    static SourceState of(Source s) {
        return new SourceState(s.id, s.name, s.kind, s.homepage, s.reliability, s.rationale, s.ratedAt);
    }
}
