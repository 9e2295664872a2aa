package io.credence.access;

import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.hashing.Sha256;
import io.credence.refusal.Conflict;
import io.credence.refusal.Invalid;
import io.credence.refusal.NotFound;
import io.credence.time.Timestamps;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues API keys and tells who a presented key belongs to. */
@ApplicationScoped
public class ApiKeys {

    static final String BOOTSTRAP_OWNER = "bootstrap-admin";
    /** The cache of identified keys (ApiKeyIdentityProvider), emptied by every revocation. */
    static final String CACHE = "api-keys";

    private static final String KEY_PREFIX = "cred_";
    /** How much of a key its listing shows: "cred_" and four characters. */
    static final int PREFIX_LENGTH = KEY_PREFIX.length() + 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who a key belongs to and what it may do. */
    public record Holder(String owner, Role role, UUID keyId, Integer checkRegistrationsPerHour) {}

    /** A new key: the only time its plain text exists outside the client. */
    public record Issued(ApiKey key, String plainText) {}

    private final Optional<String> bootstrapHash;
    private final AuditWriter audit;
    private final Timestamps timestamps;

    /** A bootstrap key shorter than this is refused at start: it is an admin key, and guessable if short. */
    static final int BOOTSTRAP_MIN_LENGTH = 32;

    ApiKeys(
            @ConfigProperty(name = "credence.bootstrap-admin-key") Optional<String> bootstrapAdminKey,
            AuditWriter audit,
            Timestamps timestamps) {
        this.audit = audit;
        this.bootstrapHash = bootstrapAdminKey
                .filter(k -> !k.isBlank())
                .map(ApiKeys::checkedBootstrap)
                .map(ApiKeys::hash);
        this.timestamps = timestamps;
    }

    /** Called at start-up, so that a short bootstrap key stops the service before it answers anyone. */
    void onStart(@Observes StartupEvent event) {
        // constructing this bean has checked the key
    }

    private static String checkedBootstrap(String key) {
        if (key.length() < BOOTSTRAP_MIN_LENGTH) {
            throw new IllegalStateException("credence.bootstrap-admin-key must be at least " + BOOTSTRAP_MIN_LENGTH
                    + " characters (it was " + key.length() + "); for example: openssl rand -base64 32");
        }
        return key;
    }

    /** The owner a key may be issued to, stripped; Invalid or Conflict otherwise. */
    static String readableOwner(String owner) {
        String stripped = owner.strip();
        if (!OwnerNames.readable(stripped)) {
            throw new Invalid("owner: must be printable text without control, "
                    + "zero-width or bidirectional-formatting characters");
        }
        if (OwnerNames.reserved(stripped)) {
            throw new Invalid("owner: " + stripped + " is reserved for the service itself");
        }
        return stripped;
    }

    /**
     * Refuses an owner that reads like another key's (revoked keys included: the trail keeps their
     * names). Keys issued before names were unique have no stored comparable name, so theirs are
     * computed; the unique index settles two issued at once.
     */
    private static void requireUnused(String owner, String comparable) {
        boolean taken = ApiKey.count("ownerKey", comparable) > 0
                || ApiKey.<ApiKey>list("ownerKey is null").stream()
                        .anyMatch(old -> OwnerNames.comparable(old.owner).equals(comparable));
        if (taken) {
            throw new Conflict(
                    "A key was already issued to an owner named like " + owner
                            + "; give this one a name of its own (a key for the same party: add what tells it apart, such as a date)");
        }
    }

    @Transactional
    public Issued issue(String owner, Role role, String issuedBy, Integer checkRegistrationsPerHour) {
        String readable = readableOwner(owner);
        String comparable = OwnerNames.comparable(readable);
        requireUnused(readable, comparable);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.owner = readable;
        key.ownerKey = comparable;
        key.role = role;
        key.keyHash = hash(plain);
        key.prefix = plain.substring(0, PREFIX_LENGTH);
        key.createdAt = timestamps.now();
        key.createdBy = issuedBy;
        key.checkRegistrationsPerHour = checkRegistrationsPerHour;
        key.persist();
        audit.record(AuditWriter.ACCESS, AuditAction.KEY_ISSUED, key.id, null, null, KeyState.of(key));
        return new Issued(key, plain);
    }

    @Transactional
    public ApiKey revoke(UUID id) {
        ApiKey key = ApiKey.<ApiKey>findByIdOptional(id).orElseThrow(() -> new NotFound("API key", id));
        if (key.revokedAt != null) {
            throw new Conflict("API key " + id + " was already revoked at " + key.revokedAt);
        }
        KeyState before = KeyState.of(key);
        key.revokedAt = timestamps.now();
        audit.record(AuditWriter.ACCESS, AuditAction.KEY_REVOKED, key.id, null, before, KeyState.of(key));
        return key;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> list() {
        return ApiKey.list("order by createdAt, id");
    }

    /** The holder of the key with this hash, if it is the bootstrap key or a key issued and not revoked. */
    @Transactional
    public Optional<Holder> identifyHash(String hash) {
        if (bootstrapHash.isPresent()
                && MessageDigest.isEqual(
                        bootstrapHash.get().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Holder(BOOTSTRAP_OWNER, Role.ADMIN, null, null));
        }
        return ApiKey.<ApiKey>find("keyHash = ?1 and revokedAt is null", hash)
                .firstResultOptional()
                .map(key -> new Holder(key.owner, key.role, key.id, key.checkRegistrationsPerHour));
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }
}
