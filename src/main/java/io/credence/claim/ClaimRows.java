package io.credence.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.audit.AuditWriter;
import io.credence.audit.AuditedRows;
import io.credence.audit.AuditedTable;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims as their events record them, for replaying the trail against the table: the registered
 * state ({@link ClaimState}), the workflow ({@link WorkflowState}), the duplicate decision
 * ({@link DuplicateRecord}) and the status the engine last recorded.
 */
@Singleton
class ClaimRows extends AuditedTable {

    ClaimRows(EntityManager em) {
        super(em, "claim", "claim");
    }

    @Override
    public ObjectNode initial() {
        ObjectNode initial = JsonNodeFactory.instance.objectNode();
        initial.put("state", WorkflowStage.NEW.name());
        initial.putNull("assignee");
        initial.putNull("duplicateOf");
        return initial;
    }

    @Override
    public Optional<String> disagreement(Map<UUID, ObjectNode> replayed) {
        Map<UUID, JsonNode> current = new HashMap<>();
        for (Claim claim : Claim.<Claim>list("id in ?1", replayed.keySet())) {
            ObjectNode row = (ObjectNode) AuditWriter.recorded(ClaimState.of(claim));
            row.put("state", claim.workflowState.name());
            row.put("assignee", claim.assignee);
            row.put("duplicateOf", claim.duplicateOf == null ? null : claim.duplicateOf.toString());
            // The status at registration is not an event (the engine records only moves); until the
            // first move the stored status is checked against the engine instead (StoredAssessments).
            if (replayed.get(claim.id).has("status")) {
                row.put("status", claim.status.name());
            }
            current.put(claim.id, row);
        }
        return AuditedRows.compare(entity(), replayed, current);
    }
}
