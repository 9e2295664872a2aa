package io.credence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Replays the trail into the current state of each audited row: every event's after-state laid
 * over the one before it, field by field. Fed chain by chain during verification, and compared with
 * the tables a batch of chains at a time, so memory holds one batch, not the trail.
 */
final class TrailReplay {

    /** Rows compared per round trip to each table. */
    static final int BATCH = 500;

    private final Map<String, AuditedRows> rowsByEntity;
    private final Map<String, Map<UUID, ObjectNode>> replayed = new HashMap<>();
    private int pending;

    TrailReplay(List<AuditedRows> rows) {
        // one kind of rows per entity: two would make the replay's starting state ambiguous
        this.rowsByEntity = rows.stream().collect(Collectors.toMap(AuditedRows::entity, Function.identity()));
    }

    void accept(AuditEvent event) {
        AuditedRows rows = rowsByEntity.get(event.entity);
        if (rows == null) {
            return; // keys, webhooks, parameters: recorded, not replayed against a table here
        }
        ObjectNode state = replayed.computeIfAbsent(event.entity, e -> new HashMap<>())
                .computeIfAbsent(event.entityId, id -> {
                    pending++;
                    return rows.initial();
                });
        JsonNode after = AuditWriter.tree(event.after);
        if (after instanceof ObjectNode fields) {
            state.setAll(fields);
        }
    }

    /** Whether enough rows wait to be compared; call at a chain's end, so every row is whole. */
    boolean full() {
        return pending >= BATCH;
    }

    /** Compares what waits with the tables; the first disagreement, if any. */
    Optional<String> compare() {
        try {
            for (Map.Entry<String, Map<UUID, ObjectNode>> entity : replayed.entrySet()) {
                Optional<String> problem = rowsByEntity.get(entity.getKey()).disagreement(entity.getValue());
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        } finally {
            replayed.clear();
            pending = 0;
        }
    }

    /** A row that no event recorded, in any audited table. */
    Optional<String> unrecorded() {
        return rowsByEntity.values().stream()
                .map(AuditedRows::unrecorded)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
