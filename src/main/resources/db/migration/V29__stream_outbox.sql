-- The event stream's outbox: with a stream configured (credence.stream.nats-url), every event the
-- webhooks carry is also written here, in the transaction of the change, and published to NATS
-- JetStream with the row's id as message id, so that a publish retried after a crash is dropped by
-- the server as a duplicate. Without a stream nothing is written.
CREATE TABLE stream_outbox (
    id              UUID PRIMARY KEY,
    event           VARCHAR(60)      NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    status          VARCHAR(20)      NOT NULL,
    attempts        INTEGER          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000),
    stream_seq      BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT stream_outbox_status_check CHECK (status IN ('PENDING', 'PUBLISHED'))
);
CREATE INDEX stream_outbox_due_idx ON stream_outbox (status, next_attempt_at, created_at);
