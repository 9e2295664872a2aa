package io.credence.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A newsroom's article, checked with POST /check and its url; checked again, it keeps its id. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    /** When it was last checked: the claims it relies on are the ones that check found. */
    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    @Column(name = "checked_by", nullable = false)
    public String checkedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
