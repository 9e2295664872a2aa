-- DELETE /webhooks/{id} (issue 16): a subscription is ended, not erased; its deliveries stay on record.
ALTER TABLE webhook ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE webhook ADD COLUMN removed_by VARCHAR(300);
