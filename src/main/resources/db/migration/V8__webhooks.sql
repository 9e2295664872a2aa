-- Webhook subscriptions and their transactional outbox: a delivery row is written in the
-- transaction of the change it announces, so a change that rolls back announces nothing, and a
-- delivery survives a restart until the receiver has acknowledged it.
CREATE TABLE webhook (
    id         UUID PRIMARY KEY,
    url        VARCHAR(2000) NOT NULL,
    events     VARCHAR(1000) NOT NULL,
    secret     VARCHAR(200)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(200)  NOT NULL
);

CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    webhook_id      UUID          NOT NULL REFERENCES webhook (id),
    event           VARCHAR(60)   NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_status     INTEGER,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_delivery_status_check CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, created_at);
