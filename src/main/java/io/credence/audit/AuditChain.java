package io.credence.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of a chain: locked by the writer that appends, so one chain's events are written in turn. */
@Entity
@Table(name = "audit_chain")
public class AuditChain extends PanacheEntityBase {

    @Id
    public String chain;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", nullable = false)
    public String lastHash;
}
