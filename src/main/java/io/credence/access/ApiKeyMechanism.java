package io.credence.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <key>}. No header: anonymous; any other scheme: refused. A
 * client over its bound of failed authentications is refused (429) before its key is looked up.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final AuthenticationFailures failures;

    ApiKeyMechanism(AuthenticationFailures failures) {
        this.failures = failures;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        String client = client(context);
        long retryAfter = failures.retryAfterSeconds(client);
        if (retryAfter > 0) {
            return Uni.createFrom().failure(new TooManyAuthenticationFailures(retryAfter));
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.substring(BEARER.length()).isBlank()) {
            failures.failed(client);
            return Uni.createFrom()
                    .failure(new AuthenticationFailedException("Authorization must be 'Bearer <API key>'"));
        }
        String key = header.substring(BEARER.length()).strip();
        String prefix = prefixBucket(key);
        return identities
                .authenticate(new TokenAuthenticationRequest(new TokenCredential(key, "bearer")))
                .onFailure(AuthenticationFailedException.class)
                .transform(refused -> {
                    // A key prefix failing from everywhere at once (a fleet still using a revoked key, a
                    // flood spread over many addresses) is told to wait too; a valid key is never refused.
                    long wait = failures.retryAfterSeconds(prefix);
                    failures.failed(client);
                    failures.failed(prefix);
                    return wait > 0 ? new TooManyAuthenticationFailures(wait) : refused;
                });
    }

    /** Failures counted per key prefix (the characters a key's listing shows), beside per client address. */
    static String prefixBucket(String key) {
        return "key-prefix:" + key.substring(0, Math.min(key.length(), ApiKeys.PREFIX_LENGTH));
    }

    /** The client's address (behind a proxy, as quarkus.http.proxy settings make Vert.x report it). */
    private static String client(RoutingContext context) {
        var address = context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
