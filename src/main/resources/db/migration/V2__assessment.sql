-- The confidence engine's results on each claim (so that listing by status is an indexed query),
-- and on each evidence item what the engine needs to pick the counted items in one query.
ALTER TABLE claim ADD COLUMN belief DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE claim ADD COLUMN disbelief DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE claim ADD COLUMN uncertainty DOUBLE PRECISION DEFAULT 1 NOT NULL;
ALTER TABLE claim ADD COLUMN probability DOUBLE PRECISION DEFAULT 0.5 NOT NULL;

-- origin_id: the source whose report an item is (the one it cites, or its own).
-- weight and base_weight are filled in by the service at start-up (AssessmentReconciliation),
-- which recomputes them whenever the engine's parameters change.
ALTER TABLE evidence ADD COLUMN origin_id UUID;
UPDATE evidence SET origin_id = COALESCE(cites_source_id, source_id);
ALTER TABLE evidence ALTER COLUMN origin_id SET NOT NULL;
ALTER TABLE evidence ADD COLUMN rumour_penalty DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE evidence ADD COLUMN weight DOUBLE PRECISION DEFAULT 0 NOT NULL;
ALTER TABLE evidence ADD COLUMN base_weight DOUBLE PRECISION DEFAULT 0 NOT NULL;
CREATE INDEX evidence_claim_origin_idx ON evidence (claim_id, stance, origin_id);

-- Which engine parameters the stored weights and assessments were computed with.
CREATE TABLE assessment_state (
    id                    INTEGER PRIMARY KEY,
    parameters_fingerprint VARCHAR(64) NOT NULL
);
