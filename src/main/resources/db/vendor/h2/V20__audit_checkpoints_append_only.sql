-- The embedded H2 database has no procedural triggers (see V5): checkpoints are append-only there
-- because no code path changes them, and a signed copy held outside shows any change.
COMMENT ON TABLE audit_checkpoint IS 'Append-only signed checkpoints; see GET /audit/checkpoints';
