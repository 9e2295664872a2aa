-- Gives the seeded claims of the scale database a spread of statuses like the one the service
-- computed for the 100,000 seeded claims of scripts/load.sh (most UNVERIFIED, a few CONFIRMED),
-- plus the rarer statuses, so that listings by status meet both long and short lists. The scale
-- measurement reads listings only, so the service never has to reassess these claims.
\set ON_ERROR_STOP on
UPDATE claim SET status = CASE
    WHEN h < 550 THEN 'UNVERIFIED'
    WHEN h < 740 THEN 'RUMOUR'
    WHEN h < 980 THEN 'LIKELY_TRUE'
    WHEN h < 985 THEN 'CONFIRMED'
    WHEN h < 990 THEN 'UNPROVEN'
    WHEN h < 995 THEN 'CONTESTED'
    WHEN h < 998 THEN 'LIKELY_FALSE'
    ELSE 'FALSE' END
FROM (SELECT id AS hid, abs(hashtext(id::text)) % 1000 AS h FROM claim) AS hashed
WHERE claim.id = hashed.hid;
VACUUM ANALYZE claim;
