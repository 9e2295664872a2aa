package io.credence.stream;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event to publish to the stream: the outbox row, its id the message id the server deduplicates by. */
@Entity
@Table(name = "stream_outbox")
public class StreamEntry extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String event;

    /** The exact body published, so that a retry publishes the same bytes under the same id. */
    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** The stream's sequence number for it, from the server's acknowledgement: where a consumer may replay from. */
    @Column(name = "stream_seq")
    public Long streamSeq;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;
}
