package io.credence.audit;

import io.credence.audit.proof.CheckpointStatement;
import io.credence.hashing.Sha256;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed statement of where every chain stood. Written once, never changed. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint extends PanacheEntityBase {

    @Id
    public long seq;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public long chains;

    @Column(nullable = false)
    public long events;

    @Column(nullable = false)
    public String root;

    @Column(nullable = false)
    public String previous;

    @Column(name = "public_key", nullable = false)
    public String publicKey;

    /** The exact canonical text that was signed. */
    @Column(nullable = false)
    public String statement;

    @Column(nullable = false)
    public String signature;

    /** The checkpoint a statement and its signature make. */
    static AuditCheckpoint signed(CheckpointStatement statement, String signature) {
        AuditCheckpoint checkpoint = new AuditCheckpoint();
        checkpoint.seq = statement.sequence();
        checkpoint.at = statement.at();
        checkpoint.chains = statement.chains();
        checkpoint.events = statement.events();
        checkpoint.root = statement.root();
        checkpoint.previous = statement.previous();
        checkpoint.publicKey = statement.publicKey();
        checkpoint.statement = statement.canonical();
        checkpoint.signature = signature;
        return checkpoint;
    }

    CheckpointStatement toStatement() {
        return new CheckpointStatement(seq, at, chains, events, root, previous, publicKey);
    }

    /** What the next checkpoint names as its previous one: SHA-256 of the text that was signed. */
    String statementHash() {
        return Sha256.hex(statement);
    }
}
