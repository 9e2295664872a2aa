-- API keys: only a hash of each key is kept.
CREATE TABLE api_key (
    id         UUID PRIMARY KEY,
    owner      VARCHAR(200) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    key_hash   VARCHAR(64)  NOT NULL,
    prefix     VARCHAR(12)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_key_hash_unique UNIQUE (key_hash),
    CONSTRAINT api_key_role_check CHECK (role IN ('ADMIN', 'EDITOR', 'CMS', 'AUDITOR'))
);
