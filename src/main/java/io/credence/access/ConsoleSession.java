package io.credence.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A browser signed in to the console. Only the SHA-256 of its cookie's token is kept, and the hash
 * of the API key it signed in with: the key is looked up again on every request, so a revoked key's
 * sessions stop at once.
 */
@Entity
@Table(name = "console_session")
public class ConsoleSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    @Column(nullable = false)
    public String owner;

    /** The token every form of this session carries: a forged form from another site cannot know it. */
    @Column(name = "csrf_token", nullable = false)
    public String csrfToken;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    boolean openAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }
}
