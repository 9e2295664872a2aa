-- Fact-checkers' verdicts (never deleted: a new one supersedes the last) and the editorial workflow.
CREATE TABLE verdict (
    id            UUID PRIMARY KEY,
    claim_id      UUID          NOT NULL REFERENCES claim (id),
    rating        INTEGER       NOT NULL,
    label         VARCHAR(100)  NOT NULL,
    rationale     VARCHAR(10000) NOT NULL,
    published_by  VARCHAR(200)  NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT verdict_rating_check CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX verdict_claim_idx ON verdict (claim_id, published_at);

-- On the claim: the current verdict's rating beside the engine's, so that divergence is a query.
ALTER TABLE claim ADD COLUMN verdict_rating INTEGER;
ALTER TABLE claim ADD COLUMN verdict_label VARCHAR(100);
ALTER TABLE claim ADD COLUMN computed_rating INTEGER DEFAULT 3 NOT NULL;
ALTER TABLE claim ADD COLUMN workflow_state VARCHAR(20) DEFAULT 'NEW' NOT NULL;
ALTER TABLE claim ADD COLUMN assignee VARCHAR(200);
CREATE INDEX claim_verdict_idx ON claim (verdict_rating, computed_rating);
CREATE INDEX claim_workflow_idx ON claim (workflow_state, created_at);
