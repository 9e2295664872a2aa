package io.credence.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A fact-checker's published decision on a claim. Never deleted: the next one supersedes it. */
@Entity
@Table(name = "verdict")
public class Verdict extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    /** ClaimReview scale: 1 false .. 5 true. */
    @Column(nullable = false)
    public int rating;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public String rationale;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;
}
