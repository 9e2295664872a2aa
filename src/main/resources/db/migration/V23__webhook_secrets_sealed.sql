-- Issue 16, hardening: webhook secrets are stored sealed (AES-256-GCM, "v1:" and base64), which is
-- longer than the secret; secrets stored before are sealed by the service at start (WebhookSecrets).
ALTER TABLE webhook ALTER COLUMN secret SET DATA TYPE VARCHAR(1200);
