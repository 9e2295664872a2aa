-- The evidence trail: one event per change, chained by hash per claim (and one chain for sources),
-- so that writes to different claims never wait on one another and any edit breaks its chain.
CREATE TABLE audit_event (
    id          UUID PRIMARY KEY,
    chain       VARCHAR(60)     NOT NULL,
    seq         BIGINT          NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)    NOT NULL,
    action      VARCHAR(60)     NOT NULL,
    entity      VARCHAR(30)     NOT NULL,
    entity_id   UUID            NOT NULL,
    reason      VARCHAR(2000),
    before_state VARCHAR(1000000),
    after_state  VARCHAR(1000000),
    prev_hash   VARCHAR(64)     NOT NULL,
    hash        VARCHAR(64)     NOT NULL,
    CONSTRAINT audit_event_chain_seq_unique UNIQUE (chain, seq)
);
CREATE INDEX audit_event_at_idx ON audit_event (at, id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, at);
CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id);
CREATE INDEX audit_event_action_idx ON audit_event (action, at);

-- The head of each chain: the row a writer locks to append, one per claim plus one for sources.
CREATE TABLE audit_chain (
    chain     VARCHAR(60) PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (chain, last_seq, last_hash)
VALUES ('sources', 0, '0000000000000000000000000000000000000000000000000000000000000000');
