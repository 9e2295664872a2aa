package io.credence.audit.proof;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 (RFC 8032) as the JDK provides it. Keys travel as base64: the public key as its X.509
 * SubjectPublicKeyInfo (what {@code openssl pkey -pubout -outform DER} writes), the private key as
 * PKCS#8 (what {@code openssl genpkey -algorithm ed25519 -outform DER} writes).
 */
public final class Ed25519 {

    private static final String ALGORITHM = "Ed25519";

    private Ed25519() {}

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /**
     * The key pair of a private key. The JDK derives a public key only while generating a pair, from
     * the 32 random bytes that become the private key; handing it this key's bytes as the "random"
     * ones derives this key's public key (RFC 8032 section 5.1.5).
     */
    public static KeyPair pairOf(PrivateKey key) {
        byte[] secret = ((EdECPrivateKey) key)
                .getBytes()
                .orElseThrow(() -> new IllegalArgumentException("the private key's bytes cannot be read"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(secret, 0, bytes, 0, bytes.length);
                }
            });
            return new KeyPair(generator.generateKeyPair().getPublic(), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    public static PrivateKey privateKey(String base64Pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(base64Pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    public static PublicKey publicKey(String base64Spki) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(base64Spki)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 bytes of the key (RFC 8410) follow it. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    /** The key's 32 bytes as RFC 8032 encodes them: what a JWK's {@code x} holds (RFC 8037). */
    public static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
    }

    /** The public key of 32 RFC 8032 bytes. */
    public static PublicKey publicKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
        }
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** The signature over the bytes, raw. */
    public static byte[] sign(PrivateKey key, byte[] input) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(input);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    /** Whether the raw signature is this key's over the bytes; false for anything malformed. */
    public static boolean verify(PublicKey key, byte[] input, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(input);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    public static String encode(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The signature over the text's UTF-8 bytes, base64. */
    public static String sign(PrivateKey key, String text) {
        return Base64.getEncoder().encodeToString(sign(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether the base64 signature is this key's over the text; false for anything malformed. */
    public static boolean verify(PublicKey key, String text, String signature) {
        try {
            return verify(key, text.getBytes(StandardCharsets.UTF_8), decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.strip());
    }
}
