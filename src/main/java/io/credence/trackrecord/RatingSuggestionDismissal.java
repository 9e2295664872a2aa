package io.credence.trackrecord;

import io.credence.assessment.Reliability;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An admin's dismissal of a suggested rating, kept with the size of the record it answered. */
@Entity
@Table(name = "rating_suggestion_dismissal")
public class RatingSuggestionDismissal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reliability suggested;

    /** How many resolved claims the record held when it was dismissed: a larger record may suggest it again. */
    @Column(nullable = false)
    public int resolved;

    @Column(nullable = false)
    public String reason;

    @Column(name = "dismissed_by", nullable = false)
    public String dismissedBy;

    @Column(name = "dismissed_at", nullable = false)
    public Instant dismissedAt;
}
