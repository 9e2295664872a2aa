package io.credence.claimreview;

import io.credence.claim.Appearance;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Another organisation's fact-check, imported as ClaimReview, on the claim it reviews. */
@Entity
@Table(name = "claim_review")
public class ImportedReview extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The review's own address: the import knows a review by it. */
    @Column(name = "review_url", nullable = false)
    public String reviewUrl;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    /** The organisation that published it (null for reviews imported before organisations had their own identity). */
    @Column(name = "organisation_id")
    public UUID organisationId;

    /** The source its rating counts as: its organisation's, as it stood when the item was added. */
    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    /** The evidence item its rating became (a changed review withdraws it and adds another). */
    @Column(name = "evidence_id", nullable = false)
    public UUID evidenceId;

    @Column(name = "claim_reviewed", nullable = false)
    public String claimReviewed;

    public String headline;

    public String claimant;

    @Column(name = "textual_rating")
    public String textualRating;

    /** The rating on the ClaimReview scale (1 false … 5 true), when the import could place it. */
    public Integer rating;

    @Column(name = "date_published")
    public LocalDate datePublished;

    @ElementCollection
    @CollectionTable(name = "claim_review_appearance", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<Appearance> appearances = new ArrayList<>();

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
