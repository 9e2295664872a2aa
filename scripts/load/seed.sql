-- Seeds a Credence database for the load and scale measurements (scripts/load.sh, scripts/scale.sh).
-- Run with psql on a database the service has migrated:
--   psql -v sources=1000 -v claims=100000 -f scripts/load/seed.sql
-- Ids are derived from the row number (md5 -> uuid), so two seeds of one size are identical.
-- Rows are written straight into the tables, past the API: they have no audit events, and their
-- statuses are left for the service to compute. Clearing engine_parameters makes the next start-up
-- record a parameters version and reassess every claim in a background job
-- (AssessmentReconciliation, ReassessmentWorker; scripts/lib/service.sh await_jobs waits for it),
-- and claims without a vector are embedded for matching in the background (ClaimVectorBackfill).
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO source (id, name, kind, homepage, reliability, rationale, rated_at, version, created_at, updated_at)
SELECT md5('source' || n)::uuid,
       'Seed outlet ' || n,
       (ARRAY['OUTLET', 'AGENCY', 'PERSON'])[1 + n % 3],
       'https://outlet' || n || '.example/',
       (ARRAY['A', 'B', 'B', 'C', 'C', 'C', 'D', 'E', 'F'])[1 + n % 9],
       'Seeded rating',
       now() - interval '400 days', 0, now() - interval '400 days', now() - interval '400 days'
FROM generate_series(1, :sources) AS n;

INSERT INTO source_rating (id, source_id, reliability, rationale, rated_at)
SELECT md5('rating' || n)::uuid, md5('source' || n)::uuid,
       (ARRAY['A', 'B', 'B', 'C', 'C', 'C', 'D', 'E', 'F'])[1 + n % 9],
       'Seeded rating', now() - interval '400 days'
FROM generate_series(1, :sources) AS n;

-- Claim texts are put together from small word lists, so that ?q= finds a realistic spread of
-- hits: common words on most claims, a number found on few.
INSERT INTO claim (id, text, claimant, appearance_url, appearance_publisher, appearance_published_at, language,
                   status, version, created_at, updated_at)
SELECT md5('claim' || n)::uuid,
       (ARRAY['Moscow', 'Kyiv', 'The ministry', 'The central bank', 'A regional governor', 'The army',
              'The opposition', 'The mayor', 'A state company', 'The parliament', 'Beijing', 'Brussels'])[1 + n % 12]
       || ' ' ||
       (ARRAY['paid for', 'sold', 'bought', 'destroyed', 'delivered', 'hid', 'seized', 'financed'])[1 + (n / 12) % 8]
       || ' ' || (n % 997 + 1) || ' ' ||
       (ARRAY['drones', 'tons of gold bars', 'tanks', 'million euros of grain', 'power stations', 'ships',
              'apartments', 'missiles', 'hospitals', 'bridges'])[1 + (n / 96) % 10]
       || ' ' ||
       (ARRAY['in 2024', 'last winter', 'according to leaked documents', 'reportedly through intermediaries',
              'before the election', 'sources say', 'this month', 'in secret'])[1 + (n / 960) % 8],
       'Seed claimant ' || (n % 500),
       'https://news' || (n % 200) || '.example/story/' || n,
       'Seed publisher ' || (n % 200),
       now() - make_interval(secs => n * 60),
       'en', 'UNVERIFIED', 0,
       now() - make_interval(secs => n * 60), now() - make_interval(secs => n * 60)
FROM generate_series(1, :claims) AS n;

-- Each claim's audit chain, empty: its trail starts with its first change through the API.
INSERT INTO audit_chain (chain, last_seq, last_hash)
SELECT 'claim:' || md5('claim' || n)::uuid, 0, repeat('0', 64)
FROM generate_series(1, :claims) AS n;

INSERT INTO claim_tag (claim_id, tag)
SELECT md5('claim' || n)::uuid, (ARRAY['drones', 'gold', 'energy', 'elections', 'sanctions', 'military'])[1 + n % 6]
FROM generate_series(1, :claims) AS n;

-- 0 to 5 items per claim (2.5 on average), from sources spread over the whole set; some cite
-- another source, so that origins repeat.
INSERT INTO evidence (id, claim_id, source_id, stance, credibility, url, excerpt, observed_at, cites_source_id,
                      created_at, origin_id)
SELECT md5('evidence' || n || '-' || k)::uuid,
       md5('claim' || n)::uuid,
       md5('source' || (1 + (n * 7 + k * 131) % :sources))::uuid,
       (ARRAY['SUPPORTS', 'SUPPORTS', 'SUPPORTS', 'REFUTES', 'CONTEXT'])[1 + (n + k) % 5],
       1 + (n * 3 + k) % 6,
       'https://evidence.example/' || n || '/' || k,
       (ARRAY['The documents show the transfer took place.', 'Officials reportedly confirmed the payment.',
              'Satellite images do not show the delivery.', 'Rumor has it the deal was larger.',
              'The company denied the report in a statement.'])[1 + (n + k) % 5],
       now() - make_interval(secs => n * 60 - k),
       CASE WHEN k = 3 THEN md5('source' || (1 + n % :sources))::uuid END,
       now() - make_interval(secs => n * 60 - k),
       CASE WHEN k = 3 THEN md5('source' || (1 + n % :sources))::uuid
            ELSE md5('source' || (1 + (n * 7 + k * 131) % :sources))::uuid END
FROM generate_series(1, :claims) AS n, generate_series(1, 5) AS k
WHERE k <= n % 6;

DELETE FROM engine_parameters;
COMMIT;
ANALYZE source, source_rating, claim, claim_tag, evidence, audit_chain;
