package io.credence.storage;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secrets the service must keep in readable form (a webhook's signing secret: HMAC needs it) are
 * stored sealed: AES-256-GCM under a key from configuration ({@code credence.secrets.key}, base64 of
 * 32 bytes, from a secret store), bound to the row they belong to, so a copy of the database alone
 * reveals none and a sealed value moved to another row does not open. Without a configured key the
 * embedded default keeps one in {@code credence.secrets.key-file}; with neither (tests) the key lives
 * as long as the process. Stored form: {@code v1:} and base64 of IV (12 bytes) and ciphertext with tag.
 */
@Startup
@ApplicationScoped
public class SecretBox {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(
            @ConfigProperty(name = "credence.secrets.key") Optional<String> configured,
            @ConfigProperty(name = "credence.secrets.key-file") Optional<String> file) {
        String base64 =
                KeyFiles.configuredOrKept(configured, file, SecretBox::newKey, "secrets key (credence.secrets.key)");
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "credence.secrets.key must be base64 of 32 bytes (AES-256), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * A name for this key that reveals nothing of it (HMAC-SHA256 of a fixed label under the key, hex):
     * what instances sharing a database compare to know they hold the same key.
     */
    public String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal("credence secrets key fingerprint".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The secret sealed for the row it belongs to. */
    public String seal(String secret, String row) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, row, secret.getBytes(StandardCharsets.UTF_8));
        return VERSION
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                                .put(iv)
                                .put(sealed)
                                .array());
    }

    /** The secret; fails when it was sealed for another row or under another key. */
    public String open(String stored, String row) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("a secret stored before sealing; it is sealed at start");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(crypt(Cipher.DECRYPT_MODE, iv, row, sealed), StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(VERSION);
    }

    private byte[] crypt(int mode, byte[] iv, String row, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(row.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the secret does not open with this key for this row", e);
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
