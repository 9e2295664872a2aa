package io.credence.article;

import io.credence.assessment.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A claim one of an article's sentences relied on, as it stood when the article was checked. */
@Entity
@Table(name = "article_claim")
public class ArticleClaim extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    /** Where the sentence begins in the checked text (characters). */
    @Column(name = "sentence_start", nullable = false)
    public int sentenceStart;

    @Column(nullable = false)
    public String sentence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status_at_check", nullable = false)
    public Status statusAtCheck;

    @Column(name = "verdict_rating_at_check")
    public Integer verdictRatingAtCheck;

    @Column(name = "verdict_label_at_check")
    public String verdictLabelAtCheck;
}
