package io.credence.signature;

import io.credence.audit.CheckpointSigner;
import io.credence.audit.proof.Ed25519;
import io.credence.audit.proof.KeySet;
import io.credence.audit.proof.SigningKey;
import io.credence.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The period each signing key signed in, kept in the database so that every instance serves the same key
 * set. The first start with a key opens its period and closes the one of the key it replaces (the cluster
 * already agreed on the key: {@code io.credence.cluster.ClusterKeys} runs first). An instance still running
 * with a key another instance has since replaced notices within {@link #FRESH_FOR} and says so on readiness.
 */
@ApplicationScoped
public class SigningKeyPeriods {

    /** How long the key set read from the database is served before it is read again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(SigningKeyPeriods.class);

    private final EntityManager em;
    private final CheckpointSigner signer;
    private final Timestamps timestamps;
    private volatile Read last;

    SigningKeyPeriods(EntityManager em, CheckpointSigner signer, Timestamps timestamps) {
        this.em = em;
        this.signer = signer;
        this.timestamps = timestamps;
    }

    /** Right after the cluster agreed on the key, before anything is signed. */
    void open(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent started) {
        String mine = signer.keyId();
        if (!read().byId(mine).isPresent()) {
            openPeriodOf(mine);
        }
        forget();
    }

    /** The next question reads the periods from the database again. */
    void forget() {
        last = null;
    }

    private void openPeriodOf(String mine) {
        Instant now = timestamps.now();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                int closed = em.createNativeQuery("update signing_key_period set signed_until = ?1 "
                                + "where signed_until is null and key_id <> ?2")
                        .setParameter(1, now)
                        .setParameter(2, mine)
                        .executeUpdate();
                em.createNativeQuery(
                                "insert into signing_key_period (key_id, public_key, signed_from) values (?1, ?2, ?3)")
                        .setParameter(1, mine)
                        .setParameter(2, signer.publicKey())
                        .setParameter(3, now)
                        .executeUpdate();
                LOG.infof(
                        "Signing key %s signs from %s%s",
                        mine, now, closed > 0 ? "; the key it replaces stopped signing then" : "");
            });
        } catch (PersistenceException anotherInstanceWasFirst) {
            LOG.debugf("Another instance opened the period of signing key %s first", mine);
        }
    }

    /** Every key that signed, with its period: what partners pin. */
    public KeySet keySet() {
        Read read = last;
        Instant now = timestamps.now();
        if (read == null || read.at().plus(FRESH_FOR).isBefore(now)) {
            read = new Read(now, read());
            last = read;
        }
        return read.keys();
    }

    /** Whether another instance has started with a key that replaced this instance's (as of the last read). */
    public boolean replaced() {
        return keySet().byId(signer.keyId()).map(k -> k.signedUntil() != null).orElse(false);
    }

    private KeySet read() {
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select key_id, public_key, signed_from, signed_until from signing_key_period order by signed_from, key_id",
                                Object[].class)
                        .getResultList());
        return new KeySet(rows.stream()
                .map(r -> new SigningKey((String) r[0], Ed25519.publicKey((String) r[1]), instant(r[2]), instant(r[3])))
                .toList());
    }

    private static Instant instant(Object value) {
        // What a native query hands back for a zoned timestamp depends on the driver and the database.
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private record Read(Instant at, KeySet keys) {}
}
