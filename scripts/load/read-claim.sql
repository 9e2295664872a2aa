-- pgbench: the statement GET /claims/{id} sends (io.credence.claim.ClaimReads), for a random seeded
-- claim (seed ids are md5('claim' || n)). Run by scripts/load.sh with -M prepared -D claims=N.
\set n random(1, :claims)
select c.id, c.text, c.headline, c.claimant, c.appearance_url, c.appearance_publisher,
       c.appearance_published_at, c.language, c.status, c.belief, c.disbelief, c.uncertainty,
       c.probability, c.computed_rating, c.status_explanation, c.verdict_rating, c.verdict_label,
       c.workflow_state, c.assignee, c.duplicate_of, c.version, c.created_at, c.updated_at, t.tag
from claim c left join claim_tag t on t.claim_id = c.id
where c.id = md5('claim' || (:n)::text)::uuid;
