package io.credence.evidence;

import io.credence.assessment.Stance;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something that bears on a claim. Never deleted: a mistaken item is withdrawn with a reason. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Stance stance;

    /** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
    @Column(nullable = false)
    public int credibility;

    public String url;

    public String excerpt;

    @Column(name = "observed_at")
    public Instant observedAt;

    /** The source this item repeats, when it passes on another's report. */
    @Column(name = "cites_source_id")
    public UUID citesSourceId;

    /** Whose report this is: the source it cites, or its own. Items of one origin are one witness. */
    @Column(name = "origin_id", nullable = false)
    public UUID originId;

    /** 0..1: how rumour-grade the excerpt is. */
    @Column(name = "rumour_penalty", nullable = false)
    public double rumourPenalty;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** An editor's ruling that this item is its own origin however like another's its excerpt reads. */
    @Column(nullable = false)
    public boolean independent;

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
