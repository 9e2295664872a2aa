-- PostgreSQL indexes claim texts by trigrams here (db/vendor/postgresql/V9); H2 has no such index
-- and scans, which suits the small databases it serves. This file keeps the version numbers of
-- both kinds in step.
SELECT 1;
