package io.credence.access;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = ApiKeys.hash(request.getToken().getToken());
        return known.getAsync(hash, h -> context.runBlocking(() -> identityOf(h)));
    }

    private SecurityIdentity identityOf(String hash) {
        return keys.identifyHash(hash)
                .map(holder -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(holder.owner()))
                        .addRole(holder.role().roleName())
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API key"));
    }
}
