-- pgbench: the statements GET /claims?status= sends (io.credence.claim.ClaimService's listing), for a
-- random status. Captured 2026-12-07 from PostgreSQL's statement log (log_statement = all on the load
-- database) during `WORKLOADS=list scripts/load.sh`: the first page (20 claims), the total counted up to
-- 1,000 (sent only when the page is full: on the seeded data, for the four most common statuses, listed
-- first below), the page's tags. No transaction: a listing runs in autocommit. The tags are those of 20
-- random seeded claims here (pgbench cannot carry a page's ids to the next statement); each is an index
-- lookup either way. Run by scripts/load.sh with -M prepared -D claims=N.
\set s random(1, 8)
\set n random(1, :claims - 20)
select c1_0.id, c1_0.appearance_published_at, c1_0.appearance_publisher, c1_0.appearance_url, c1_0.assignee,
       c1_0.belief, c1_0.claimant, c1_0.computed_rating, c1_0.created_at, c1_0.disbelief, c1_0.duplicate_of,
       c1_0.status_explanation, c1_0.headline, c1_0.language, c1_0.probability, c1_0.status, c1_0.text,
       c1_0.uncertainty, c1_0.updated_at, c1_0.verdict_label, c1_0.verdict_rating, c1_0.version, c1_0.workflow_state
from claim c1_0
where c1_0.status = (array['UNVERIFIED', 'RUMOUR', 'LIKELY_TRUE', 'CONFIRMED', 'LIKELY_FALSE', 'CONTESTED',
                           'UNPROVEN', 'FALSE'])[:s]
order by c1_0.created_at desc, c1_0.id offset 0 rows fetch first 20 rows only;
\if :s <= 4
select count(*) from (select 1 from claim c1_0
                      where c1_0.status = (array['UNVERIFIED', 'RUMOUR', 'LIKELY_TRUE', 'CONFIRMED'])[:s]
                      order by 1 fetch first 1001 rows only) derived1_0(one);
\endif
select t1_0.claim_id, t1_0.tag from claim_tag t1_0
where t1_0.claim_id = any (array(select md5('claim' || (:n + i)::text)::uuid from generate_series(0, 19) i));
