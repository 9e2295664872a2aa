package io.credence.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.audit.AuditedRows;
import io.credence.audit.AuditedTable;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence items as their events record them ({@link EvidenceState}), for replaying the trail against the table. */
@Singleton
class EvidenceRows extends AuditedTable {

    EvidenceRows(EntityManager em) {
        super(em, "evidence", "evidence");
    }

    @Override
    public Optional<String> disagreement(Map<UUID, ObjectNode> replayed) {
        List<EvidenceState> rows = Evidence.<Evidence>list("id in ?1", replayed.keySet()).stream()
                .map(EvidenceState::of)
                .toList();
        Map<UUID, JsonNode> current = AuditedRows.recordedById(rows, EvidenceState::id);
        // The penalty is the excerpt judged by the lexicon in force (the parameters chain records
        // which); a new lexicon re-judges every excerpt without an event of its own.
        current.values().forEach(row -> ((ObjectNode) row).remove("rumourPenalty"));
        return AuditedRows.compare(entity(), replayed, current);
    }
}
