package io.credence.audit;

import io.credence.audit.proof.EventContent;
import io.credence.audit.proof.EventHash;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One recorded change. Written once, never updated or deleted; its hash covers every field but itself. */
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

    /** The API key the actor used; null for the bootstrap key and for the service itself. */
    @Column(name = "actor_key_id")
    public UUID actorKeyId;

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

    /** Which form of {@link EventHash} {@link #hash} was computed in. */
    @Column(name = "hash_version", nullable = false)
    public int hashVersion;

    /** What the hash covers. */
    public EventContent content() {
        return new EventContent(
                hashVersion,
                id,
                chain,
                seq,
                at,
                actor,
                actorKeyId,
                action,
                entity,
                entityId,
                reason,
                before,
                after,
                prevHash);
    }
}
