-- Issue 16, accountable actors: each recorded version of the engine's parameters is an audit event.
INSERT INTO audit_chain (chain, last_seq, last_hash)
VALUES ('parameters', 0, '0000000000000000000000000000000000000000000000000000000000000000');
