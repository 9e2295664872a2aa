package io.credence.claimreview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An organisation whose ClaimReviews were imported, known by the domain its reviews are published on.
 * Its reviews count as evidence from {@link #sourceId}: its own source, rated F, until an admin links
 * it to another.
 */
@Entity
@Table(name = "review_organisation")
public class ReviewOrganisation extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The host its reviews are published on, lower case, without "www.": what the import knows it by. */
    @Column(nullable = false)
    public String domain;

    /** The name the first feed gave it: shown, never matched. */
    @Column(nullable = false)
    public String name;

    /** The source registered for it on first sight (rated F). */
    @Column(name = "own_source_id", nullable = false)
    public UUID ownSourceId;

    /** The source its reviews count as: its own, or the one an admin linked it to. */
    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(name = "link_rationale")
    public String linkRationale;

    @Column(name = "linked_at")
    public Instant linkedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    boolean linked() {
        return !sourceId.equals(ownSourceId);
    }
}
