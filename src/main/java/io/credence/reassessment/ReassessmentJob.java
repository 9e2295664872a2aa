package io.credence.reassessment;

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

/** Claims to reassess in the background, and how far that has got. */
@Entity
@Table(name = "reassessment_job")
public class ReassessmentJob extends PanacheEntityBase {

    public enum Kind {
        /** The engine's parameters or the rumour lexicon changed: every claim. */
        RULES_CHANGED,
        /** A source was re-rated: the claims with evidence from it or citing it. */
        SOURCE_RERATED
    }

    public enum State {
        QUEUED,
        RUNNING,
        DONE
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "source_id")
    public UUID sourceId;

    /** Why, in words; each status the job changes carries it into the claim's history. */
    @Column(nullable = false)
    public String cause;

    /** Whether the rumour penalties of excerpts are to be judged again (the lexicon changed). */
    @Column(name = "rejudge_wording", nullable = false)
    public boolean rejudgeWording;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public State state;

    /** Claims to reassess, counted when the job starts. */
    public Long total;

    @Column(nullable = false)
    public long done;

    /** Claims whose status the job changed. */
    @Column(nullable = false)
    public long changed;

    /** The last claim reassessed: claims are taken in id order, so a job resumes after it. */
    @Column(name = "after_claim")
    public UUID afterClaim;

    /** The instance that holds the lease, and until when; an expired lease lets another take over. */
    public String worker;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
