package io.credence.audit;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/** {@link AuditedRows} kept in one table, whose rows no event may lack. */
public abstract class AuditedTable implements AuditedRows {

    protected final EntityManager em;
    private final String entity;
    private final String table;

    protected AuditedTable(EntityManager em, String entity, String table) {
        this.em = em;
        this.entity = entity;
        this.table = table;
    }

    @Override
    public String entity() {
        return entity;
    }

    @Override
    public Optional<String> unrecorded() {
        return AuditedRows.firstUnrecorded(em, table, entity);
    }
}
