package io.credence.cluster;

import io.credence.audit.CheckpointSigner;
import io.credence.storage.SecretBox;
import io.credence.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Every instance on one database holds the same secrets key and audit signing key, or does not start.
 * An instance started without the shared keys would otherwise make its own: it could open none of the
 * webhook secrets the others sealed (every delivery failing, visible only in the deliveries table) and
 * would sign checkpoints with a key no auditor pinned. The first instance records each key's
 * fingerprint (never the key); each one after compares its own before it does any work.
 */
@ApplicationScoped
public class ClusterKeys {

    static final String SECRETS_KEY = "secrets-key";
    static final String SIGNING_KEY = "audit-signing-key";
    private static final Logger LOG = Logger.getLogger(ClusterKeys.class);

    private final EntityManager em;
    private final SecretBox secrets;
    private final CheckpointSigner signer;
    private final Timestamps timestamps;

    ClusterKeys(EntityManager em, SecretBox secrets, CheckpointSigner signer, Timestamps timestamps) {
        this.em = em;
        this.secrets = secrets;
        this.signer = signer;
        this.timestamps = timestamps;
    }

    /** Before any other start-up work (sealing old secrets, dispatching, checkpoints) touches the keys. */
    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started) {
        agree(
                SECRETS_KEY,
                secrets.fingerprint(),
                Set.of(),
                "secrets key (credence.secrets.key)",
                "Webhook secrets sealed under the recorded key do not open with another. Start this instance with the key "
                        + "the other instances use.");
        agree(
                SIGNING_KEY,
                signer.fingerprint(),
                signer.previousFingerprints(),
                "audit signing key (credence.audit.signing-key)",
                "Start this instance with the key the other instances use; to rotate the key, give every instance the new "
                        + "key and list the old public key in credence.audit.previous-public-keys.");
    }

    private void agree(String purpose, String mine, Set<String> replaces, String what, String remedy) {
        Recorded recorded = recorded(purpose).orElseGet(() -> record(purpose, mine));
        if (recorded.fingerprint().equals(mine)) {
            return;
        }
        if (replaces.contains(recorded.fingerprint())) {
            if (rotate(purpose, recorded.fingerprint(), mine)) {
                LOG.infof(
                        "The %s was rotated: fingerprint %s replaces %s for every instance on this database",
                        what, mine, recorded.fingerprint());
                return;
            }
            recorded = recorded(purpose).orElseThrow(); // another instance rotated it meanwhile
            if (recorded.fingerprint().equals(mine)) {
                return;
            }
        }
        throw new KeyMismatch("This instance's " + what + " is not the one the instances on this database share: its "
                + "fingerprint is " + mine + ", the database records " + recorded.fingerprint() + " (recorded by "
                + recorded.by() + " at " + recorded.at() + "). " + remedy);
    }

    private Optional<Recorded> recorded(String purpose) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery(
                            "select fingerprint, recorded_by, recorded_at from cluster_key " + "where purpose = ?1",
                            Object[].class)
                    .setParameter(1, purpose)
                    .getResultList();
            return rows.stream().findFirst().map(r -> new Recorded((String) r[0], (String) r[1], String.valueOf(r[2])));
        });
    }

    /** The first instance's key becomes the cluster's; when another instance recorded one first, that one is. */
    private Recorded record(String purpose, String fingerprint) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("insert into cluster_key (purpose, "
                                    + "fingerprint, recorded_by, recorded_at) values (?1, ?2, ?3, ?4)")
                            .setParameter(1, purpose)
                            .setParameter(2, fingerprint)
                            .setParameter(3, instanceName())
                            .setParameter(4, timestamps.now())
                            .executeUpdate());
            LOG.infof("Recorded the fingerprint of this cluster's %s: %s", purpose, fingerprint);
        } catch (PersistenceException anotherInstanceWasFirst) {
            LOG.debugf("Another instance recorded the %s first", purpose);
        }
        return recorded(purpose)
                .orElseThrow(() -> new IllegalStateException("the " + purpose + " fingerprint vanished"));
    }

    /** Replaces the recorded fingerprint only if it is still the one this instance's configuration names as replaced. */
    private boolean rotate(String purpose, String replaced, String fingerprint) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("update cluster_key set fingerprint = ?1, "
                                        + "recorded_by = ?2, recorded_at = ?3 where purpose = ?4 and fingerprint = ?5")
                                .setParameter(1, fingerprint)
                                .setParameter(2, instanceName())
                                .setParameter(3, timestamps.now())
                                .setParameter(4, purpose)
                                .setParameter(5, replaced)
                                .executeUpdate()
                        == 1);
    }

    /** pid@host: enough for an operator to find the instance that recorded a key. */
    private static String instanceName() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    private record Recorded(String fingerprint, String by, String at) {}

    /** Thrown at start: the instance stops before it serves anything. */
    static final class KeyMismatch extends IllegalStateException {
        KeyMismatch(String message) {
            super(message);
        }
    }
}
