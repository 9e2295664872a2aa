-- Issue 16, the trail proves itself. Events written from now on are hashed over the RFC 8785
-- canonical JSON of one object (hash_version 2); earlier events keep version 1 and verify as before.
-- Each event names the API key its actor used (null for the bootstrap key and the service itself).
ALTER TABLE audit_event ADD COLUMN hash_version INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_event ADD COLUMN actor_key_id UUID;

-- Signed checkpoints: a Merkle root over every chain's head, signed with Ed25519, each naming the
-- one before it. statement is the exact canonical text that was signed.
CREATE TABLE audit_checkpoint (
    seq        BIGINT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    chains     BIGINT        NOT NULL,
    events     BIGINT        NOT NULL,
    root       VARCHAR(64)   NOT NULL,
    previous   VARCHAR(64)   NOT NULL,
    public_key VARCHAR(200)  NOT NULL,
    statement  VARCHAR(2000) NOT NULL,
    signature  VARCHAR(200)  NOT NULL
);

-- The heads a checkpoint covers, stored once: a head first covered by checkpoint n is recorded
-- with n, so the heads of checkpoint n are, per chain, the latest recorded at or before n. They are
-- written before the checkpoint they belong to (its root is computed from them), so no foreign key.
CREATE TABLE audit_checkpoint_head (
    chain          VARCHAR(60) NOT NULL,
    last_seq       BIGINT      NOT NULL,
    last_hash      VARCHAR(64) NOT NULL,
    checkpoint_seq BIGINT      NOT NULL,
    PRIMARY KEY (chain, last_seq)
);
CREATE INDEX audit_checkpoint_head_checkpoint_idx ON audit_checkpoint_head (checkpoint_seq, chain);
