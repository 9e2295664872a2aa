package io.credence.audit.proof;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * A public key the service signed with, and the period it signed in: from its first use until the
 * key that replaced it was first used (open while it is the current key). A signature dated outside
 * the period is refused, so a retired key that leaked cannot sign new verdicts unnoticed (it could
 * only backdate them, and the audit event each verdict names dates it independently).
 */
public record SigningKey(String id, PublicKey publicKey, Instant signedFrom, Instant signedUntil) {

    /** The key's id: its RFC 7638 JWK thumbprint (SHA-256), the same wherever it is computed. */
    public static String idOf(PublicKey key) {
        try {
            return jwkOf(key).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a signature dated {@code at} (whole seconds, as JWS dates are) falls in the key's period. */
    public boolean signedAt(Instant at) {
        return !at.isBefore(signedFrom.truncatedTo(ChronoUnit.SECONDS))
                && (signedUntil == null || !at.isAfter(ceilingSecond(signedUntil)));
    }

    /** As a JWK (RFC 8037 OKP): {@code nbf} and, once retired, {@code exp} give the period it signed in. */
    public OctetKeyPair jwk() {
        OctetKeyPair.Builder jwk = jwkOf(publicKey)
                .keyID(id)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.EdDSA)
                .notBeforeTime(Date.from(signedFrom.truncatedTo(ChronoUnit.SECONDS)));
        if (signedUntil != null) {
            jwk.expirationTime(Date.from(ceilingSecond(signedUntil)));
        }
        return jwk.build();
    }

    /** The key a JWK describes; refused unless it is an Ed25519 public key with an id and the time it began signing. */
    public static SigningKey of(OctetKeyPair jwk) {
        if (!Curve.Ed25519.equals(jwk.getCurve())) {
            throw new IllegalArgumentException("key " + jwk.getKeyID() + " is not an Ed25519 key");
        }
        if (jwk.getKeyID() == null || jwk.getNotBeforeTime() == null) {
            throw new IllegalArgumentException("every key needs a kid and the time it began signing (nbf)");
        }
        return new SigningKey(
                jwk.getKeyID(),
                Ed25519.publicKey(jwk.getX().decode()),
                jwk.getNotBeforeTime().toInstant(),
                jwk.getExpirationTime() == null ? null : jwk.getExpirationTime().toInstant());
    }

    private static OctetKeyPair.Builder jwkOf(PublicKey key) {
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(Ed25519.rawPublicKey(key)));
    }

    private static Instant ceilingSecond(Instant at) {
        Instant second = at.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(at) ? at : second.plusSeconds(1);
    }
}
