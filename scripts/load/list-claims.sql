-- pgbench: the statements GET /claims?status= sends (io.credence.claim.ClaimService's listing), for a
-- random status. Captured 2026-12-07 from PostgreSQL's statement log (log_statement = all on the load
-- database) during `WORKLOADS=list scripts/load.sh`: the first page (20 claims) with its tags, the page
-- chosen by a subquery; the total counted up to 1,000, sent only when the page is full (on the seeded data,
-- for the four most common statuses, listed first below). No transaction: a listing runs in autocommit.
-- Run by scripts/load.sh with -M prepared -D claims=N.
\set s random(1, 8)
select c1_0.id, c1_0.appearance_published_at, c1_0.appearance_publisher, c1_0.appearance_url, c1_0.assignee,
       c1_0.belief, c1_0.claimant, c1_0.computed_rating, c1_0.created_at, c1_0.disbelief, c1_0.duplicate_of,
       c1_0.status_explanation, c1_0.headline, c1_0.language, c1_0.probability, c1_0.status, t1_0.claim_id, t1_0.tag,
       c1_0.text, c1_0.uncertainty, c1_0.updated_at, c1_0.verdict_label, c1_0.verdict_rating, c1_0.version,
       c1_0.workflow_state
from claim c1_0 left join claim_tag t1_0 on c1_0.id = t1_0.claim_id
where c1_0.id in (select c2_0.id from claim c2_0
                  where c2_0.status = (array['UNVERIFIED', 'RUMOUR', 'LIKELY_TRUE', 'CONFIRMED', 'LIKELY_FALSE',
                                             'CONTESTED', 'UNPROVEN', 'FALSE'])[:s]
                  order by c2_0.created_at desc, c2_0.id offset 0 rows fetch first 20 rows only)
order by c1_0.created_at desc, c1_0.id;
\if :s <= 4
select count(*) from (select 1 from claim c1_0
                      where c1_0.status = (array['UNVERIFIED', 'RUMOUR', 'LIKELY_TRUE', 'CONFIRMED'])[:s]
                      order by 1 fetch first 1001 rows only) derived1_0(one);
\endif
