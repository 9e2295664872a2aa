-- The embedded H2 database has no procedural triggers; there, audit events are append-only
-- because no code path updates or deletes them, and hash verification reports any hand edit.
COMMENT ON TABLE audit_event IS 'Append-only evidence trail; see GET /audit/verification';
