package io.credence.audit.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class Ed25519Test {

    @Test
    void thePublicKeyIsDerivedFromTheConfiguredPrivateKey() {
        KeyPair generated = Ed25519.generate();
        KeyPair derived = Ed25519.pairOf(Ed25519.privateKey(Ed25519.encode(generated.getPrivate())));
        assertEquals(Ed25519.encode(generated.getPublic()), Ed25519.encode(derived.getPublic()));
        String signature = Ed25519.sign(derived.getPrivate(), "statement");
        assertTrue(Ed25519.verify(generated.getPublic(), "statement", signature));
        assertFalse(Ed25519.verify(generated.getPublic(), "statement!", signature));
        assertFalse(Ed25519.verify(generated.getPublic(), "statement", "not base64 at all"));
    }
}
