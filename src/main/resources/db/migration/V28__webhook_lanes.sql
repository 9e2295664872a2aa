-- Two lanes of delivery: a change announced alone (a claim registered, evidence added) is LIVE; a
-- transaction announcing many changes of one kind at once (a re-rating's batch, a parameter change,
-- one move fanned out to many articles) is BULK. The dispatcher takes LIVE first and keeps a share of
-- every round for BULK, so a re-rating of 2,000 claims no longer holds the other notices behind it.
ALTER TABLE webhook_delivery ADD COLUMN lane VARCHAR(10) DEFAULT 'LIVE' NOT NULL;
ALTER TABLE webhook_delivery ADD CONSTRAINT webhook_delivery_lane_check CHECK (lane IN ('LIVE', 'BULK'));
DROP INDEX webhook_delivery_due_idx;
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, lane, next_attempt_at);
