-- Confirmed and rejected duplicates (issue 14). A confirmed duplicate points at its canonical
-- claim, which search, /check and possibleDuplicates answer with; a rejected pair is never
-- suggested again. Both are set by an editor through PUT /claims/{id}/duplicate-of, audited.
ALTER TABLE claim ADD COLUMN duplicate_of UUID REFERENCES claim (id);

CREATE TABLE claim_not_duplicate (
    claim_id UUID NOT NULL REFERENCES claim (id),
    other_id UUID NOT NULL REFERENCES claim (id),
    PRIMARY KEY (claim_id, other_id)
);
