-- Issue 32: an imported feed never speaks as a trusted source.
-- An organisation whose ClaimReviews are imported is known by the domain its reviews are published
-- on, never by the name a feed gives it, and is kept apart from the sources an admin registered:
-- on first sight it gets a source of its own, rated F, and its reviews count as that source's until
-- an admin links the organisation to another source (an audited decision; source_id then names it).
CREATE TABLE review_organisation (
    id             UUID PRIMARY KEY,
    domain         VARCHAR(255)  NOT NULL,
    name           VARCHAR(300)  NOT NULL,
    own_source_id  UUID          NOT NULL REFERENCES source (id),
    source_id      UUID          NOT NULL REFERENCES source (id),
    link_rationale VARCHAR(2000),
    linked_at      TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_organisation_domain_unique UNIQUE (domain)
);

-- The organisation a review came from (null for reviews imported before this version, which keep
-- the source they were given then).
ALTER TABLE claim_review ADD COLUMN organisation_id UUID REFERENCES review_organisation (id);
CREATE INDEX claim_review_organisation_idx ON claim_review (organisation_id);
