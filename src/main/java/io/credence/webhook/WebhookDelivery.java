package io.credence.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event to deliver to one webhook: the outbox row, and the record of its attempts. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    /** A change announced alone: taken before any bulk delivery. */
    public static final String LIVE = "LIVE";
    /** One of many changes of a kind one transaction announced at once: sent in a share of every round. */
    public static final String BULK = "BULK";

    @Id
    public UUID id;

    @Column(name = "webhook_id", nullable = false)
    public UUID webhookId;

    @Column(nullable = false)
    public String event;

    /** The exact body sent, so every attempt sends (and signs) the same bytes. */
    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String lane;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
