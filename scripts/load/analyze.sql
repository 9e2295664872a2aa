-- pgbench: POST /analyze sends no statement. In the mixed workload's replay it is a transaction that
-- costs the database nothing, so that pgbench's rate counts the same requests the service's does.
\set nothing 0
