-- pgbench: the transaction POST /claims/{id}/evidence sends (io.credence.evidence.EvidenceService.add),
-- statement for statement, for a random seeded claim and source (seed ids are md5('claim' || n) and
-- md5('source' || m)). Captured 2026-12-06 from PostgreSQL's statement log (log_statement = all on the
-- load database) during `WORKLOADS=evidence scripts/load.sh`: lock the source (share), lock the claim
-- with its audit chain's head (one statement since 2026-12-07), insert the item, insert its audit event,
-- move the chain's head, read the claim's evidence with their sources for the reassessment, read the
-- webhook subscriptions, write the claim back. The audit hash is a fixed string here: the service computes it in Java, not in SQL. Run by
-- scripts/load.sh with -M prepared -D claims=N -D sources=M.
\set n random(1, :claims)
\set m random(1, :sources)
BEGIN;
select s1_0.id, s1_0.created_at, s1_0.homepage, s1_0.kind, s1_0.name, s1_0.rated_at, s1_0.rationale,
       s1_0.reliability, s1_0.updated_at, s1_0.version
from source s1_0 where s1_0.id = md5('source' || (:m)::text)::uuid for share of s1_0;
select c1_0.id, c1_0.appearance_published_at, c1_0.appearance_publisher, c1_0.appearance_url, c1_0.assignee,
       c1_0.belief, c1_0.claimant, c1_0.computed_rating, c1_0.created_at, c1_0.disbelief, c1_0.duplicate_of,
       c1_0.status_explanation, c1_0.headline, c1_0.language, c1_0.probability, c1_0.status, c1_0.text,
       c1_0.uncertainty, c1_0.updated_at, c1_0.verdict_label, c1_0.verdict_rating, c1_0.version,
       c1_0.workflow_state, ac1_0.chain, ac1_0.last_hash, ac1_0.last_seq
from claim c1_0, audit_chain ac1_0
where c1_0.id = md5('claim' || (:n)::text)::uuid and ac1_0.chain = 'claim:' || md5('claim' || (:n)::text)::uuid
for no key update of ac1_0, c1_0;
insert into evidence (cites_source_id, claim_id, created_at, credibility, excerpt, independent, observed_at,
                      origin_id, rumour_penalty, source_id, stance, url, withdrawal_reason, withdrawn_at, id)
values (null, md5('claim' || (:n)::text)::uuid, now(), 2, 'The ministry denied that any drones were delivered.',
        false, null, md5('source' || (:m)::text)::uuid, 0, md5('source' || (:m)::text)::uuid, 'SUPPORTS',
        'https://evidence.example/pgbench', null, null, gen_random_uuid());
insert into audit_event (action, actor, actor_key_id, after_state, at, before_state, chain, entity, entity_id,
                         hash, hash_version, prev_hash, reason, seq, id)
select 'evidence.added', 'pgbench', null,
       '{"claimId":"' || md5('claim' || (:n)::text) || '","credibility":2,"excerpt":"The ministry denied that any drones were delivered.","stance":"SUPPORTS","url":"https://evidence.example/pgbench"}',
       now(), null, chain, 'evidence', gen_random_uuid(), repeat('b', 64), 2, last_hash, null, last_seq + 1,
       gen_random_uuid()
from audit_chain where chain = 'claim:' || md5('claim' || (:n)::text)::uuid;
update audit_chain set last_hash = repeat('b', 64), last_seq = last_seq + 1
where chain = 'claim:' || md5('claim' || (:n)::text)::uuid;
select e1_0.id, e1_0.claim_id, e1_0.source_id, e1_0.stance, e1_0.credibility, e1_0.cites_source_id, e1_0.excerpt,
       e1_0.observed_at, e1_0.created_at, e1_0.rumour_penalty, e1_0.withdrawn_at, e1_0.independent, s1_0.name,
       s1_0.reliability, s2_0.name, s2_0.reliability
from evidence e1_0 join source s1_0 on s1_0.id = e1_0.source_id
     left join source s2_0 on s2_0.id = e1_0.cites_source_id
where e1_0.claim_id in (md5('claim' || (:n)::text)::uuid)
order by e1_0.claim_id, e1_0.created_at, e1_0.id;
select w1_0.id, w1_0.created_at, w1_0.created_by, w1_0.events, w1_0.removed_at, w1_0.removed_by, w1_0.secret, w1_0.url
from webhook w1_0 where w1_0.removed_at is null;
update claim set appearance_published_at = appearance_published_at, appearance_publisher = appearance_publisher,
       appearance_url = appearance_url, assignee = assignee, belief = belief, claimant = claimant,
       computed_rating = computed_rating, created_at = created_at, disbelief = disbelief,
       duplicate_of = duplicate_of, status_explanation = status_explanation, headline = headline,
       language = language, probability = probability, status = status, text = text,
       uncertainty = uncertainty, updated_at = now(), verdict_label = verdict_label,
       verdict_rating = verdict_rating, version = version + 1, workflow_state = workflow_state
where id = md5('claim' || (:n)::text)::uuid;
COMMIT;
