-- The periods in which each signing key signed (io.credence.signature.SigningKeyPeriods): served as the
-- JWK set partners verify published ClaimReviews and notices with. A key's period opens when an instance
-- first starts with it and closes when an instance first starts with the key that replaced it; rows are
-- never deleted, so a retired key keeps verifying what it signed in its period.
CREATE TABLE signing_key_period (
    key_id        VARCHAR(64)  PRIMARY KEY,
    public_key    VARCHAR(100) NOT NULL,
    signed_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_until  TIMESTAMP WITH TIME ZONE
);
