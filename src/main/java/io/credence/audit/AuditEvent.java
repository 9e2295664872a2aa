package io.credence.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded change. Written once, never updated or deleted; its hash covers every field. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** "claim:&lt;id&gt;" for a claim and everything on it, "sources" for sources. */
    @Column(nullable = false)
    public String chain;

    /** Position in its chain, from 1. */
    @Column(nullable = false)
    public long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String entity;

    @Column(name = "entity_id", nullable = false)
    public UUID entityId;

    public String reason;

    /** The entity's state before and after the change, as canonical JSON (keys sorted). */
    @Column(name = "before_state")
    public String before;

    @Column(name = "after_state")
    public String after;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;
}
