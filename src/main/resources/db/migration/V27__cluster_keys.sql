-- The keys every instance on this database must share: the secrets key (webhook secrets sealed under
-- it open only with it) and the audit signing key (auditors pin its public half). The first instance
-- records each key's fingerprint, never the key; every instance after compares its own at start and
-- refuses to run with another (io.credence.cluster.ClusterKeys).
CREATE TABLE cluster_key (
    purpose      VARCHAR(40)  PRIMARY KEY,
    fingerprint  VARCHAR(64)  NOT NULL,
    recorded_by  VARCHAR(255) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
