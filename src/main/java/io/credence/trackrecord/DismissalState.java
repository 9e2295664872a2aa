package io.credence.trackrecord;

import io.credence.assessment.Reliability;
import java.time.Instant;
import java.util.UUID;

/** A dismissal as the audit trail records it. */
record DismissalState(
        UUID id,
        UUID sourceId,
        Reliability suggested,
        int resolved,
        String reason,
        String dismissedBy,
        Instant dismissedAt) {

    static DismissalState of(RatingSuggestionDismissal d) {
        return new DismissalState(d.id, d.sourceId, d.suggested, d.resolved, d.reason, d.dismissedBy, d.dismissedAt);
    }
}
