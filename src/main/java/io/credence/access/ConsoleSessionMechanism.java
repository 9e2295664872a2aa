package io.credence.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads the console's session cookie, on the console's own paths only: the JSON API takes keys in
 * the Authorization header and never a cookie, so no other site can make a browser act on the API
 * with its session. A missing, expired or ended session is anonymous (the console then asks to sign
 * in), never an error.
 */
@ApplicationScoped
public class ConsoleSessionMechanism implements HttpAuthenticationMechanism {

    /** The paths the session cookie is read on (the cookie's own Path is "/" so one cookie serves them all). */
    public static boolean consolePath(String path) {
        return path.equals("/")
                || path.equals("/console")
                || path.startsWith("/console/")
                || path.equals("/session")
                || path.startsWith("/session/");
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(ConsoleSessions.COOKIE);
        if (cookie == null
                || cookie.getValue().isBlank()
                || !consolePath(context.normalizedPath())
                || context.request().getHeader("Authorization") != null) {
            return Uni.createFrom().nullItem();
        }
        return identities
                .authenticate(new ConsoleSessionRequest(cookie.getValue()))
                .onFailure(AuthenticationFailedException.class)
                .recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ConsoleSessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, ConsoleSessions.COOKIE));
    }
}
