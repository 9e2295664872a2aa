-- Claims, sources, their rating history and evidence.
-- Written in the SQL that PostgreSQL and H2 (PostgreSQL mode) both accept: one set of migrations
-- serves the production database and the embedded default.

CREATE TABLE source (
    id          UUID PRIMARY KEY,
    name        VARCHAR(300)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    homepage    VARCHAR(2000),
    reliability VARCHAR(1)    NOT NULL,
    rationale   VARCHAR(2000),
    rated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT source_reliability_check CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))
);
CREATE INDEX source_name_idx ON source (name);

-- Every rating a source has held; the current one has no superseded_at.
CREATE TABLE source_rating (
    id            UUID PRIMARY KEY,
    source_id     UUID          NOT NULL REFERENCES source (id),
    reliability   VARCHAR(1)    NOT NULL,
    rationale     VARCHAR(2000),
    rated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT source_rating_reliability_check CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))
);
CREATE INDEX source_rating_source_idx ON source_rating (source_id, rated_at);

CREATE TABLE claim (
    id                      UUID PRIMARY KEY,
    text                    VARCHAR(10000) NOT NULL,
    claimant                VARCHAR(300),
    appearance_url          VARCHAR(2000),
    appearance_publisher    VARCHAR(300),
    appearance_published_at TIMESTAMP WITH TIME ZONE,
    language                VARCHAR(35),
    status                  VARCHAR(20)    NOT NULL,
    version                 BIGINT         NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX claim_status_idx ON claim (status, created_at);
CREATE INDEX claim_created_idx ON claim (created_at);

CREATE TABLE claim_tag (
    claim_id UUID         NOT NULL REFERENCES claim (id),
    tag      VARCHAR(100) NOT NULL,
    PRIMARY KEY (claim_id, tag)
);
CREATE INDEX claim_tag_tag_idx ON claim_tag (tag);

CREATE TABLE evidence (
    id                UUID PRIMARY KEY,
    claim_id          UUID          NOT NULL REFERENCES claim (id),
    source_id         UUID          NOT NULL REFERENCES source (id),
    stance            VARCHAR(10)   NOT NULL,
    credibility       INTEGER       NOT NULL,
    url               VARCHAR(2000),
    excerpt           VARCHAR(10000),
    observed_at       TIMESTAMP WITH TIME ZONE,
    cites_source_id   UUID REFERENCES source (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawal_reason VARCHAR(2000),
    CONSTRAINT evidence_stance_check CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    CONSTRAINT evidence_credibility_check CHECK (credibility BETWEEN 1 AND 6)
);
CREATE INDEX evidence_claim_idx ON evidence (claim_id, created_at);
CREATE INDEX evidence_source_idx ON evidence (source_id);
CREATE INDEX evidence_cites_idx ON evidence (cites_source_id);
