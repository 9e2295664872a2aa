-- GET /claims?q= matches lower(text) LIKE '%term%', which no B-tree can answer: on a million claims
-- a sequential scan takes about a second. A trigram GIN index answers it (PostgreSQL's pg_trgm,
-- shipped with PostgreSQL and trusted, so the database owner may install it). H2, the embedded
-- default for small deployments and tests, keeps the scan; it has no V9.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX claim_text_trgm_idx ON claim USING gin (lower(text) gin_trgm_ops);
