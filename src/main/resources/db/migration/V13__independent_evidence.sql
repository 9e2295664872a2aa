-- Copies are one origin (issue 13, rule 2): near-identical excerpts count as one report unless an
-- editor rules an item independent, which this records.
ALTER TABLE evidence ADD COLUMN independent BOOLEAN DEFAULT FALSE NOT NULL;

-- Plain words (rule 8): why a claim has its status, stored with the status so listings can show it.
ALTER TABLE claim ADD COLUMN status_explanation VARCHAR(4000);
