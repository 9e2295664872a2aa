-- Readiness writes one row here and rolls it back (io.credence.health.DatabaseWritable): a database
-- that answers reads but refuses writes is not ready. The CHECK (… IN (…)) is the kind of constraint
-- that H2 2.4.240 broke after the migrating connection closed (issue 11), so the probe meets it.
-- The table stays empty.
CREATE TABLE write_probe (
    id    INTEGER     PRIMARY KEY,
    state VARCHAR(10) NOT NULL,
    CONSTRAINT write_probe_state_check CHECK (state IN ('PROBE'))
);
