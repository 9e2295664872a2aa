package io.credence.access;

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

/** An API key: only its SHA-256 hash is kept, never the key. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String owner;

    /** The owner as names are compared ({@link OwnerNames#comparable}); null on keys issued before names were unique. */
    @Column(name = "owner_key")
    public String ownerKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public Role role;

    /** Hex SHA-256 of the key. Keys are 256 random bits, so a plain hash cannot be reversed by guessing. */
    @Column(name = "key_hash", nullable = false, unique = true)
    public String keyHash;

    /** The key's first characters, to tell keys apart in listings. */
    @Column(nullable = false)
    public String prefix;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Claims POST /check may register with this key in an hour; null: the configured default. */
    @Column(name = "check_registrations_per_hour")
    public Integer checkRegistrationsPerHour;
}
