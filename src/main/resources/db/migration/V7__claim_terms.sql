-- The matcher's candidate index: each claim's content terms (see ClaimSimilarity). Claims sharing
-- terms with a new one are the only ones it scores, on PostgreSQL and on the embedded H2 alike.
CREATE TABLE claim_term (
    claim_id UUID         NOT NULL REFERENCES claim (id),
    term     VARCHAR(100) NOT NULL,
    PRIMARY KEY (claim_id, term)
);
CREATE INDEX claim_term_term_idx ON claim_term (term, claim_id);
