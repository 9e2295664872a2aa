package io.credence.article;

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

/** A change to a claim an article relied on that may need a correction: sent as article.review-needed. */
@Entity
@Table(name = "article_notice")
public class ArticleNotice extends PanacheEntityBase {

    /** What moved: the engine's status, or the verdict the desk publishes. */
    public enum Kind {
        STATUS,
        VERDICT
    }

    @Id
    public UUID id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(name = "claim_id", nullable = false)
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
