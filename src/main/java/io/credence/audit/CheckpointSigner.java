package io.credence.audit;

import io.credence.api.Sha256;
import io.credence.audit.proof.Ed25519;
import io.credence.storage.KeyFiles;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    CheckpointSigner(@ConfigProperty(name = "credence.audit.signing-key") Optional<String> configured,
                     @ConfigProperty(name = "credence.audit.signing-key-file") Optional<String> file) {
        KeyPair pair = configured.filter(k -> !k.isBlank()).map(CheckpointSigner::fromPrivate)
                .or(() -> file.filter(f -> !f.isBlank()).map(f -> fromFile(Path.of(f))))
                .orElseGet(() -> {
                    LOG.warn("No credence.audit.signing-key or signing-key-file: checkpoints are signed with a key "
                            + "that lives as long as this process");
                    return Ed25519.generate();
                });
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    /** The public key, base64 X.509 SubjectPublicKeyInfo. */
    public String publicKey() {
        return Ed25519.encode(publicKey);
    }

    /** SHA-256 of the public key's encoded bytes: a short name to compare keys by. */
    public String fingerprint() {
        return Sha256.hex(publicKey.getEncoded());
    }

    String sign(String statement) {
        return Ed25519.sign(privateKey, statement);
    }

    private static KeyPair fromPrivate(String base64Pkcs8) {
        return Ed25519.pairOf(Ed25519.privateKey(base64Pkcs8));
    }

    /** The key in the file (one base64 PKCS#8 line), created when the file does not exist yet. */
    private static KeyPair fromFile(Path path) {
        return fromPrivate(KeyFiles.readOrCreate(path, () -> Ed25519.encode(Ed25519.generate().getPrivate()),
                "audit signing key"));
    }
}
