package io.credence.audit;

import io.credence.api.Sha256;
import io.credence.audit.proof.Ed25519;
import io.credence.storage.KeyFiles;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
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

    CheckpointSigner(@ConfigProperty(name = "credence.audit.signing-key") Optional<String> configured,
                     @ConfigProperty(name = "credence.audit.signing-key-file") Optional<String> file) {
        KeyPair pair = Ed25519.pairOf(Ed25519.privateKey(KeyFiles.configuredOrKept(configured, file,
                () -> Ed25519.encode(Ed25519.generate().getPrivate()), "audit signing key (credence.audit.signing-key)")));
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
}
