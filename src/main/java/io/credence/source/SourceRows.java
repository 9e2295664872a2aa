package io.credence.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.audit.AuditedRows;
import io.credence.audit.AuditedTable;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sources as their events record them ({@link SourceState}), for replaying the trail against the table. */
@Singleton
class SourceRows extends AuditedTable {

    SourceRows(EntityManager em) {
        super(em, "source", "source");
    }

    @Override
    public Optional<String> disagreement(Map<UUID, ObjectNode> replayed) {
        List<SourceState> rows = Source.<Source>list("id in ?1", replayed.keySet()).stream()
                .map(SourceState::of)
                .toList();
        return AuditedRows.compare(entity(), replayed, AuditedRows.recordedById(rows, SourceState::id));
    }
}
