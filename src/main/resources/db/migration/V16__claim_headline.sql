-- Issue 14: the headline a fact-check of a claim was published under (CLEF2020 Task 2's "title",
-- schema.org ClaimReview's headline). Searched by words and by its own vector beside the claim's.
ALTER TABLE claim ADD COLUMN headline VARCHAR(500);
ALTER TABLE claim_vector ADD COLUMN headline_vector BYTEA;
