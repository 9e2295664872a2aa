package io.credence.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.credence.audit.proof.Ed25519;
import io.credence.audit.proof.KeySet;
import io.credence.audit.proof.SigningKey;
import io.credence.support.PackagedService;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Instances on one database share the secrets key and the audit signing key, or do not start: packaged
 * instances started one after another on a database of their own (credence.it.cluster-db-url; on
 * PostgreSQL made anew by scripts/postgres-test-db.sh), with keys chosen here. An instance with another
 * key stops with a message naming the key and the remedy; a signing key is rotated by listing the old
 * public key; an instance that no longer lists it finds the old key's checkpoints untrusted.
 */
class ClusterKeysIT {

    private static final String ADMIN = PackagedService.ADMIN_KEY;
    private static final Path DATA = Path.of("target", "cluster-it");
    private static final String DATABASE = System.getProperty("credence.it.cluster-db-url");

    private final String secrets = secretsKey();
    private final KeyPair first = Ed25519.generate();
    private final KeyPair second = Ed25519.generate();

    @Test
    void instancesWithAnotherKeyRefuseToStartAndASigningKeyIsRotatedByListingTheOldOne() throws Exception {
        PackagedService.freshH2Files(DATA);
        try (PackagedService service = PackagedService.start(DATABASE, DATA, keys(secrets, first, null))) {
            service.issueKey("auditor"); // the access chain moves: there is something to sign
            service.send("POST", "/audit/checkpoints", ADMIN, null, 201);
            assertTrue(service.send("GET", "/audit/verification", ADMIN, null, 200)
                    .get("valid")
                    .asBoolean());
            KeySet published = keySet(service);
            assertEquals(1, published.keys().size());
            assertEquals(
                    SigningKey.idOf(first.getPublic()), published.keys().get(0).id());
            assertEquals(null, published.keys().get(0).signedUntil(), "the current key signs on");
        }

        String otherSecrets = PackagedService.refusal(DATABASE, DATA, keys(secretsKey(), first, null));
        assertTrue(
                otherSecrets.contains(
                        "secrets key (credence.secrets.key) is not the one the instances on this database share"),
                otherSecrets);
        String otherSigner = PackagedService.refusal(DATABASE, DATA, keys(secrets, second, null));
        assertTrue(otherSigner.contains("audit signing key (credence.audit.signing-key) is not the one"), otherSigner);
        assertTrue(otherSigner.contains("credence.audit.previous-public-keys"), "names the remedy: " + otherSigner);

        try (PackagedService rotated = PackagedService.start(DATABASE, DATA, keys(secrets, second, first))) {
            assertEquals(
                    Ed25519.encode(second.getPublic()),
                    rotated.send("GET", "/audit/signing-key", ADMIN, null, 200)
                            .get("publicKey")
                            .asText());
            rotated.issueKey("auditor");
            assertEquals(
                    2,
                    rotated.send("POST", "/audit/checkpoints", ADMIN, null, 201)
                            .get("sequence")
                            .asInt());
            JsonNode verification = rotated.send("GET", "/audit/verification", ADMIN, null, 200);
            assertTrue(verification.get("valid").asBoolean(), "the old key is listed: " + verification);
            // Partners keep the old key, with the period it signed in, next to the one that replaced it.
            KeySet published = keySet(rotated);
            assertEquals(2, published.keys().size(), published.toString());
            SigningKey retired =
                    published.byId(SigningKey.idOf(first.getPublic())).orElseThrow();
            SigningKey current =
                    published.byId(SigningKey.idOf(second.getPublic())).orElseThrow();
            assertTrue(
                    retired.signedUntil() != null
                            && !retired.signedUntil()
                                    .isAfter(current.signedFrom().plusSeconds(1)),
                    published.toString());
            assertEquals(null, current.signedUntil());
        }

        try (PackagedService forgetful = PackagedService.start(DATABASE, DATA, keys(secrets, second, null))) {
            JsonNode verification = forgetful.send("GET", "/audit/verification", ADMIN, null, 200);
            assertFalse(verification.get("valid").asBoolean(), verification.toString());
            assertTrue(
                    verification
                            .get("problem")
                            .asText()
                            .startsWith("checkpoint 1 is signed by a key this service does not hold"),
                    verification.toString());
        }

        String oldSigner = PackagedService.refusal(DATABASE, DATA, keys(secrets, first, null));
        assertTrue(
                oldSigner.contains("audit signing key (credence.audit.signing-key) is not the one"),
                "the rotation is for every instance: " + oldSigner);
    }

    private static KeySet keySet(PackagedService service) throws Exception {
        return KeySet.parse(
                service.send("GET", "/.well-known/jwks.json", ADMIN, null, 200).toString());
    }

    private static Map<String, String> keys(String secretsKey, KeyPair signing, KeyPair previous) {
        Map<String, String> env = new HashMap<>();
        env.put("CREDENCE_SECRETS_KEY", secretsKey);
        env.put("CREDENCE_AUDIT_SIGNING_KEY", Ed25519.encode(signing.getPrivate()));
        env.put("CREDENCE_AUDIT_PREVIOUS_PUBLIC_KEYS", previous == null ? "" : Ed25519.encode(previous.getPublic()));
        env.put("CREDENCE_MATCHING_INDEX_DIR", "");
        return env;
    }

    private static String secretsKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
