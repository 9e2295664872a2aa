package io.credence.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.List;

/**
 * Statements as an intruder with write access to the database would run them: on PostgreSQL past
 * the append-only triggers (disabled for the statement, as such an intruder could), on H2 as they are.
 */
public final class Intruder {

    private static final List<String> GUARDED = List.of("audit_event", "audit_checkpoint", "audit_checkpoint_head");

    private final EntityManager em;
    private final boolean postgres;

    public Intruder(EntityManager em, String dbKind) {
        this.em = em;
        this.postgres = "postgresql".equals(dbKind);
    }

    public void run(String statement, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            guards("disable");
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
            guards("enable");
        });
    }

    /** Rows to put back later with {@link #insert}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var select = em.createNativeQuery(query);
            for (int i = 0; i < parameters.length; i++) {
                select.setParameter(i + 1, parameters[i]);
            }
            return (List<Object[]>) select.getResultList();
        });
    }

    /** Puts rows read by {@code select *} back into their table. */
    public void insert(String table, List<Object[]> rows) {
        for (Object[] row : rows) {
            run(
                    "insert into " + table + " values (" + String.join(", ", Collections.nCopies(row.length, "?"))
                            + ")",
                    row);
        }
    }

    private void guards(String state) {
        if (postgres) {
            for (String table : GUARDED) {
                em.createNativeQuery("alter table " + table + " " + state + " trigger user")
                        .executeUpdate();
            }
        }
    }
}
