package io.credence.evidence;

import io.credence.assessment.Stance;
import java.time.Instant;
import java.util.UUID;

/** An evidence item as the audit trail records it: enough to reassess its claim as it stood. */
public record EvidenceState(
        UUID id,
        UUID claimId,
        UUID sourceId,
        Stance stance,
        int credibility,
        String url,
        String excerpt,
        Instant observedAt,
        UUID citesSourceId,
        UUID originId,
        double rumourPenalty,
        Instant createdAt,
        Instant withdrawnAt,
        String withdrawalReason,
        Boolean independent) {

    static EvidenceState of(Evidence e) {
        return new EvidenceState(
                e.id,
                e.claimId,
                e.sourceId,
                e.stance,
                e.credibility,
                e.url,
                e.excerpt,
                e.observedAt,
                e.citesSourceId,
                e.originId,
                e.rumourPenalty,
                e.createdAt,
                e.withdrawnAt,
                e.withdrawalReason,
                e.independent);
    }
}
