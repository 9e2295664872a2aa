-- Issue 16, accountable actors: a key's owner is the actor the trail names, so no two keys may be
-- issued to names that read alike. owner_key is the name as compared (NFKC case-folded, spaces
-- collapsed); keys issued before this have none, and the service compares new names with theirs.
ALTER TABLE api_key ADD COLUMN owner_key VARCHAR(200);
CREATE UNIQUE INDEX api_key_owner_key_unique ON api_key (owner_key);
