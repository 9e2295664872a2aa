package io.credence.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.credence.audit.proof.Ed25519;
import io.credence.audit.proof.SignedJson;
import io.credence.audit.proof.SigningKey;
import io.credence.hashing.Sha256;
import io.credence.storage.KeyFiles;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key checkpoints are signed with. In production it comes from configuration
 * ({@code credence.audit.signing-key}, a base64 PKCS#8 Ed25519 private key, from a secret store).
 * Without one, the embedded default keeps a key of its own in a file beside its database
 * ({@code credence.audit.signing-key-file}, created once, readable by its owner only); with neither
 * (the tests) a key lives as long as the process. The public key is what outsiders pin.
 */
@Startup
@ApplicationScoped
public class CheckpointSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Set<String> previousPublicKeys;
    private final String keyId;

    CheckpointSigner(
            @ConfigProperty(name = "credence.audit.signing-key") Optional<String> configured,
            @ConfigProperty(name = "credence.audit.signing-key-file") Optional<String> file,
            @ConfigProperty(name = "credence.audit.previous-public-keys") Optional<List<String>> previous) {
        KeyPair pair = Ed25519.pairOf(Ed25519.privateKey(KeyFiles.configuredOrKept(
                configured,
                file,
                () -> Ed25519.encode(Ed25519.generate().getPrivate()),
                "audit signing key (credence.audit.signing-key)")));
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.keyId = SigningKey.idOf(publicKey);
        // Read as keys, so that a mistyped one stops the start instead of distrusting its checkpoints later.
        this.previousPublicKeys = previous.orElse(List.of()).stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(k -> Ed25519.encode(Ed25519.publicKey(k)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The public key, base64 X.509 SubjectPublicKeyInfo. */
    public String publicKey() {
        return Ed25519.encode(publicKey);
    }

    /** SHA-256 of the public key's encoded bytes: a short name to compare keys by. */
    public String fingerprint() {
        return fingerprintOf(publicKey);
    }

    static String fingerprintOf(PublicKey key) {
        return Sha256.hex(key.getEncoded());
    }

    /** Fingerprints of the keys that signed before a rotation. */
    public Set<String> previousFingerprints() {
        return previousPublicKeys.stream()
                .map(k -> fingerprintOf(Ed25519.publicKey(k)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a checkpoint naming this public key (base64 SPKI) was signed by a key this service holds or held. */
    boolean trusts(String namedPublicKey) {
        return publicKey().equals(namedPublicKey) || previousPublicKeys.contains(namedPublicKey);
    }

    String sign(String statement) {
        return Ed25519.sign(privateKey, statement);
    }

    /** The key's id in the published key set: its JWK thumbprint. */
    public String keyId() {
        return keyId;
    }

    /**
     * The signature a published document carries ({@link SignedJson}): the same key as the checkpoints', so
     * that partners and auditors pin one key. The two cannot be confused: a checkpoint signs a statement
     * line, a document's signature the JWS signing input, which begins with its base64url header.
     */
    public String signDocument(JsonNode document, Instant at) {
        return SignedJson.signature(document, privateKey, keyId, at);
    }
}
