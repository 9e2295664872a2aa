-- Issue 16, accountable actors: issuing and revoking API keys, and subscribing and removing
-- webhooks, are audit events, each kind in a chain of its own.
INSERT INTO audit_chain (chain, last_seq, last_hash)
VALUES ('access', 0, '0000000000000000000000000000000000000000000000000000000000000000');
INSERT INTO audit_chain (chain, last_seq, last_hash)
VALUES ('webhooks', 0, '0000000000000000000000000000000000000000000000000000000000000000');
