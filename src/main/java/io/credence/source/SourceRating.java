package io.credence.source;

import io.credence.assessment.Reliability;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One rating a source held: never changed once written, only superseded by a later one. */
@Entity
@Table(name = "source_rating")
public class SourceRating extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Reliability reliability;

    public String rationale;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    static SourceRating of(Source source) {
        SourceRating rating = new SourceRating();
        rating.id = UUID.randomUUID();
        rating.sourceId = source.id;
        rating.reliability = source.reliability;
        rating.rationale = source.rationale;
        rating.ratedAt = source.ratedAt;
        return rating;
    }

    static List<SourceRating> historyOf(UUID sourceId) {
        return list("sourceId = ?1 order by ratedAt, id", sourceId);
    }

    static SourceRating currentOf(UUID sourceId) {
        return find("sourceId = ?1 and supersededAt is null", sourceId).firstResult();
    }
}
