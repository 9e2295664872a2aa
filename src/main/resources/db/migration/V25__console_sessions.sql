-- Issue 18, the web console. A signed-in browser holds a random session token in an HttpOnly,
-- SameSite=Strict cookie; the server keeps only the token's SHA-256 and the hash of the API key it
-- was opened with, so revoking the key ends its sessions at once and a leaked table opens nothing.
-- Every console form carries the session's own CSRF token (synchronizer token), checked on each change.
CREATE TABLE console_session (
    id          UUID PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL,
    owner       VARCHAR(200) NOT NULL,
    csrf_token  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT console_session_token_unique UNIQUE (token_hash)
);
CREATE INDEX console_session_expiry_idx ON console_session (expires_at);
