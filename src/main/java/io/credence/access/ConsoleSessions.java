package io.credence.access;

import io.credence.time.Timestamps;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens, finds and ends console sessions. A session is opened with an API key of a role that may use
 * the console (not cms: a newsroom system has no one at a screen) and lasts
 * {@code credence.console.session-lifetime} at most; signing out ends it.
 */
@ApplicationScoped
public class ConsoleSessions {

    /** The cookie holding the session token. */
    public static final String COOKIE = "credence_session";
    /** The identity attribute holding the session's CSRF token, which every console form must send back. */
    public static final String CSRF_ATTRIBUTE = "credence.console-csrf";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Ended and expired sessions are deleted once they are this old: kept a while for whoever investigates. */
    private static final Duration KEEP_CLOSED = Duration.ofDays(7);

    /** An opened session: the token goes into the cookie and is never stored. */
    public record Opened(String token, Duration lifetime) {}

    /** An open session as a request finds it: the key it stands for and its forms' token. */
    public record Open(String keyHash, String csrfToken) {}

    /** Why a key could not sign in. */
    public static final class SignInRefused extends RuntimeException {
        SignInRefused(String message) {
            super(message, null, false, false);
        }
    }

    private final ApiKeys keys;
    private final Duration lifetime;
    private final Timestamps timestamps;

    ConsoleSessions(
            ApiKeys keys,
            @ConfigProperty(name = "credence.console.session-lifetime") Duration lifetime,
            Timestamps timestamps) {
        this.keys = keys;
        this.lifetime = lifetime;
        this.timestamps = timestamps;
    }

    /** Opens a session for the key, or refuses: an unknown or revoked key, or a cms key. */
    @Transactional
    public Opened open(String key) {
        String keyHash = ApiKeys.hash(key.strip());
        ApiKeys.Holder holder =
                keys.identifyHash(keyHash).orElseThrow(() -> new SignInRefused("That key is unknown or revoked."));
        if (holder.role() == Role.CMS) {
            throw new SignInRefused("A cms key belongs to a newsroom system and cannot sign in to the console; "
                    + "ask an admin for an editor or auditor key.");
        }
        String token = randomToken();
        ConsoleSession session = new ConsoleSession();
        session.csrfToken = randomToken();
        session.id = UUID.randomUUID();
        session.tokenHash = ApiKeys.hash(token);
        session.keyHash = keyHash;
        session.owner = holder.owner();
        session.createdAt = timestamps.now();
        session.expiresAt = session.createdAt.plus(lifetime);
        session.persist();
        return new Opened(token, lifetime);
    }

    /** The open session this token names, if there is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Open> find(String token) {
        Instant now = timestamps.now();
        return ConsoleSession.<ConsoleSession>find("tokenHash", ApiKeys.hash(token))
                .firstResultOptional()
                .filter(session -> session.openAt(now))
                .map(session -> new Open(session.keyHash, session.csrfToken));
    }

    private static String randomToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Ends the session this token names; ending an unknown or ended one does nothing. */
    @Transactional
    public void end(String token) {
        ConsoleSession.<ConsoleSession>find("tokenHash", ApiKeys.hash(token))
                .firstResultOptional()
                .filter(session -> session.endedAt == null)
                .ifPresent(session -> session.endedAt = timestamps.now());
    }

    @Scheduled(
            every = "1h",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetClosed() {
        Instant before = timestamps.now().minus(KEEP_CLOSED);
        ConsoleSession.delete("expiresAt < ?1 or endedAt < ?1", before);
    }
}
