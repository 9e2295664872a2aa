-- Issue 17, the newsroom loop.
-- Others' fact-checks, imported as schema.org ClaimReview: one row per review URL (the import is
-- idempotent by it), on the claim it reviews, with the evidence item its rating became. A changed
-- review withdraws its item and adds the new one; content_hash tells a changed review from a resent one.
CREATE TABLE claim_review (
    id              UUID PRIMARY KEY,
    review_url      VARCHAR(2000)  NOT NULL,
    claim_id        UUID           NOT NULL REFERENCES claim (id),
    source_id       UUID           NOT NULL REFERENCES source (id),
    evidence_id     UUID           NOT NULL REFERENCES evidence (id),
    claim_reviewed  VARCHAR(10000) NOT NULL,
    headline        VARCHAR(500),
    claimant        VARCHAR(300),
    textual_rating  VARCHAR(300),
    rating          INTEGER,
    date_published  DATE,
    content_hash    VARCHAR(64)    NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT claim_review_url_unique UNIQUE (review_url),
    CONSTRAINT claim_review_rating_check CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX claim_review_claim_idx ON claim_review (claim_id);

-- Where a reviewed claim appeared, as the review names them (itemReviewed.appearance, any number).
CREATE TABLE claim_review_appearance (
    review_id               UUID          NOT NULL REFERENCES claim_review (id),
    position                INTEGER       NOT NULL,
    appearance_url          VARCHAR(2000) NOT NULL,
    appearance_publisher    VARCHAR(300),
    appearance_published_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (review_id, position)
);

-- An article checked with POST /check and a url, and the claims each of its sentences relied on
-- (matched SAME or registered), with the status and verdict each had when it was checked.
CREATE TABLE article (
    id          UUID PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_url_unique UNIQUE (url)
);

CREATE TABLE article_claim (
    id              UUID PRIMARY KEY,
    article_id      UUID          NOT NULL REFERENCES article (id),
    claim_id        UUID          NOT NULL REFERENCES claim (id),
    sentence_start  INTEGER       NOT NULL,
    sentence        VARCHAR(10000) NOT NULL,
    status_at_check VARCHAR(20)   NOT NULL,
    verdict_rating_at_check INTEGER,
    verdict_label_at_check  VARCHAR(100),
    CONSTRAINT article_claim_unique UNIQUE (article_id, claim_id, sentence_start)
);
CREATE INDEX article_claim_claim_idx ON article_claim (claim_id);

-- What changed for an article since it was checked: one row per claim change that matters to it,
-- written in the change's transaction together with its article.review-needed webhook.
CREATE TABLE article_notice (
    id          UUID PRIMARY KEY,
    article_id  UUID          NOT NULL REFERENCES article (id),
    claim_id    UUID          NOT NULL REFERENCES claim (id),
    kind        VARCHAR(20)   NOT NULL,
    old_value   VARCHAR(120),
    new_value   VARCHAR(120),
    reason      VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_notice_kind_check CHECK (kind IN ('STATUS', 'VERDICT'))
);
CREATE INDEX article_notice_article_idx ON article_notice (article_id, created_at);
