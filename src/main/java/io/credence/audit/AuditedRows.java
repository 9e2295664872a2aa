package io.credence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rows of one kind of audited entity, so that verification can replay the trail and compare:
 * each feature that records events about its rows says here what those rows look like in the
 * shape its events record them. A row changed by hand, removed, or written without an event then
 * shows, even though every hash still holds.
 */
public interface AuditedRows {

    /** The entity its events name ("claim", "evidence", ...). */
    String entity();

    /** What a row is before its first event's state is laid over it (the fields later events set), a new node each call. */
    default ObjectNode initial() {
        return AuditWriter.CANONICAL.createObjectNode();
    }

    /**
     * The first of these rows, as the trail replays them (every event's after-state laid over the
     * one before, by field), that its table does not agree with: a field that differs, or a row
     * that is gone.
     */
    Optional<String> disagreement(Map<UUID, ObjectNode> replayed);

    /** A row no event recorded, if there is one. */
    Optional<String> unrecorded();

    /** The first row of a table that no event about the entity names (table and entity are the code's, never input). */
    static Optional<String> firstUnrecorded(EntityManager em, String table, String entity) {
        List<?> ids = em.createNativeQuery("select cast(t.id as varchar(36)) from " + table + " t where not exists "
                        + "(select 1 from audit_event e where e.entity = ?1 and e.entity_id = t.id)")
                .setParameter(1, entity)
                .setMaxResults(1)
                .getResultList();
        return ids.stream().findFirst().map(id -> entity + " " + id + " is in its table but no event records it");
    }

    /** Rows' states in the form the trail records them, by id. */
    static <T> Map<UUID, JsonNode> recordedById(List<T> states, Function<T, UUID> id) {
        Map<UUID, JsonNode> recorded = new HashMap<>();
        states.forEach(state -> recorded.put(id.apply(state), AuditWriter.recorded(state)));
        return recorded;
    }

    /**
     * Compares replayed states with the rows' current ones, field by field over the fields the row
     * shows (a field the trail never set counts as null).
     */
    static Optional<String> compare(String entity, Map<UUID, ObjectNode> replayed, Map<UUID, JsonNode> current) {
        for (Map.Entry<UUID, ObjectNode> entry : replayed.entrySet()) {
            JsonNode row = current.get(entry.getKey());
            if (row == null) {
                return Optional.of(entity + " " + entry.getKey() + " is in the trail but not in its table");
            }
            for (var fields = row.fields(); fields.hasNext(); ) {
                var field = fields.next();
                JsonNode recorded = entry.getValue().path(field.getKey());
                JsonNode stored = field.getValue();
                if (!((recorded.isMissingNode() || recorded.isNull()) ? stored.isNull() : recorded.equals(stored))) {
                    return Optional.of(entity + " " + entry.getKey() + ": " + field.getKey() + " is " + stored
                            + " in its table but " + (recorded.isMissingNode() ? "null" : recorded) + " in the trail");
                }
            }
        }
        return Optional.empty();
    }
}
