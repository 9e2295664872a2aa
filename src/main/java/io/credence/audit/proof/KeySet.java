package io.credence.audit.proof;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/** The keys a partner pins (a JWK set, RFC 7517): every key the service signed verdicts with, each with its period. */
public record KeySet(List<SigningKey> keys) {

    public KeySet {
        keys = List.copyOf(keys);
    }

    public Optional<SigningKey> byId(String id) {
        return keys.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** The set as JSON: public keys only, never anything that signs. */
    public String json() {
        return new JWKSet(keys.stream().<JWK>map(SigningKey::jwk).toList()).toString(true);
    }

    /** Reads a JWK set; refused when it is not one or holds a key this verifier cannot use. */
    public static KeySet parse(String json) {
        try {
            return new KeySet(JWKSet.parse(json).getKeys().stream()
                    .map(jwk -> {
                        if (!(jwk instanceof OctetKeyPair okp)) {
                            throw new IllegalArgumentException(
                                    "key " + jwk.getKeyID() + " is " + jwk.getKeyType() + ", not an Ed25519 key");
                        }
                        return SigningKey.of(okp);
                    })
                    .toList());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK set: " + e.getMessage(), e);
        }
    }
}
