-- Issue 16, floods: POST /check with register: true has a budget per key and hour, counted from the
-- trail (claim.registered events the key made through /check), so every instance sees one count.
ALTER TABLE api_key ADD COLUMN check_registrations_per_hour INTEGER;
CREATE INDEX audit_event_key_action_idx ON audit_event (actor_key_id, action, at);
