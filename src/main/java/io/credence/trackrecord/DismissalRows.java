package io.credence.trackrecord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditedRows;
import io.credence.audit.AuditedTable;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Dismissals as their events record them, for replaying the trail against the table. */
@Singleton
class DismissalRows extends AuditedTable {

    DismissalRows(EntityManager em) {
        super(em, AuditAction.RATING_SUGGESTION_DISMISSED.entity(), "rating_suggestion_dismissal");
    }

    @Override
    public Optional<String> disagreement(Map<UUID, ObjectNode> replayed) {
        List<DismissalState> rows =
                RatingSuggestionDismissal.<RatingSuggestionDismissal>list("id in ?1", replayed.keySet()).stream()
                        .map(DismissalState::of)
                        .toList();
        return AuditedRows.compare(entity(), replayed, AuditedRows.recordedById(rows, DismissalState::id));
    }
}
