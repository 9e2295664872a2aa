package io.credence.access;

import io.credence.audit.AuditWriter;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;

/**
 * Turns a presented API key into the identity of its owner, with the key's role.
 *
 * <p>Known keys are remembered for a short while (cache {@value ApiKeys#CACHE}, expiry in
 * application.properties), so that a request costs no database round trip for its key; a
 * revocation empties this instance's cache at once and reaches the others when their entries
 * expire. Unknown keys are never remembered, so guessing cannot fill the cache.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The attribute of a caller's identity holding its key's own /check registration budget, when it has one. */
    public static final String CHECK_REGISTRATIONS_PER_HOUR = "credence.check-registrations-per-hour";

    private final ApiKeys keys;
    private final Cache known;

    ApiKeyIdentityProvider(ApiKeys keys, @CacheName(ApiKeys.CACHE) Cache known) {
        this.keys = keys;
        this.known = known;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = ApiKeys.hash(request.getToken().getToken());
        CompletableFuture<Object> remembered = known.as(CaffeineCache.class).getIfPresent(hash);
        if (remembered != null) {
            // Only identities already made are put in (identityForHash): the identity itself, with no
            // operator for Mutiny to wrap in a capture of the thread's contexts (on every request).
            return Uni.createFrom().item((SecurityIdentity) remembered.join());
        }
        return context.runBlocking(() -> identityForHash(hash));
    }

    /**
     * The identity of the key with this hash (a presented key's, or a console session's key), on a
     * thread that may block. Looked up past the cache's loader: a loader that fails has the cache log a
     * stack trace, and a flood of unknown keys would flood the log. Only known keys are put in.
     */
    SecurityIdentity identityForHash(String hash) {
        CaffeineCache cache = known.as(CaffeineCache.class);
        CompletableFuture<Object> remembered = cache.getIfPresent(hash);
        if (remembered != null) {
            return (SecurityIdentity) remembered.join();
        }
        SecurityIdentity identity = identityOf(hash);
        cache.put(hash, CompletableFuture.completedFuture(identity));
        return identity;
    }

    private SecurityIdentity identityOf(String hash) {
        return keys.identifyHash(hash)
                .map(holder -> {
                    QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(holder.owner()))
                            .addRole(holder.role().roleName());
                    if (holder.keyId() != null) {
                        identity.addAttribute(AuditWriter.KEY_ID, holder.keyId());
                    }
                    if (holder.checkRegistrationsPerHour() != null) {
                        identity.addAttribute(CHECK_REGISTRATIONS_PER_HOUR, holder.checkRegistrationsPerHour());
                    }
                    return (SecurityIdentity) identity.build();
                })
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key"));
    }
}
