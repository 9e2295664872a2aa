package io.credence.claim;

import io.credence.assessment.Assessment;
import io.credence.assessment.Status;
import io.credence.paging.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One checkable statement, who made it and where it appeared. */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String text;

    /** The headline a fact-check of the claim was published under, when it has one; matched like the text. */
    public String headline;

    public String claimant;

    @Embedded
    public Appearance appearance;

    /** BCP 47 language tag of the text. */
    public String language;

    // A listing page reads its claims' tags with the page (Listing.fetching); a batch of claims loaded
    // elsewhere loads up to a page of claims' tags in one query.
    @ElementCollection
    @BatchSize(size = PageQuery.MAX_SIZE)
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", nullable = false)
    public Set<String> tags = new TreeSet<>();

    /** Kept on the row so that listing by status is an indexed query. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Status status;

    /** The engine's opinion and projected probability, stored with the status it gave. */
    public double belief;

    public double disbelief;

    public double uncertainty = 1;

    public double probability = 0.5;

    /** The engine's ClaimReview rating (1..5), and the current verdict's, when a fact-checker has published one. */
    @Column(name = "computed_rating", nullable = false)
    public int computedRating = 3;

    /** Why the claim has its status, in plain words, as the engine last said it. */
    @Column(name = "status_explanation")
    public String explanation;

    @Column(name = "verdict_rating")
    public Integer verdictRating;

    @Column(name = "verdict_label")
    public String verdictLabel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "workflow_state", nullable = false)
    public WorkflowStage workflowState = WorkflowStage.NEW;

    public String assignee;

    /** The canonical claim this one was confirmed to repeat, or null. */
    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Stores what the confidence engine now concludes about the claim. */
    public void record(Assessment assessment) {
        status = assessment.status();
        belief = assessment.opinion().belief();
        disbelief = assessment.opinion().disbelief();
        uncertainty = assessment.opinion().uncertainty();
        probability = assessment.probability();
        computedRating = assessment.rating().value();
        explanation = assessment.explanation();
    }

    /** Records that something bearing on the claim changed, which also moves its version on. */
    public void touch(Instant at) {
        updatedAt = at;
    }
}
