package io.credence.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a console session's token into the identity of the key it was opened with, exactly as if the
 * key had been presented: the same role, the same audit attribution, and no identity at all once the
 * key is revoked or the session ended.
 */
@ApplicationScoped
public class ConsoleSessionIdentityProvider implements IdentityProvider<ConsoleSessionRequest> {

    private final ConsoleSessions sessions;
    private final ApiKeyIdentityProvider keys;

    ConsoleSessionIdentityProvider(ConsoleSessions sessions, ApiKeyIdentityProvider keys) {
        this.sessions = sessions;
        this.keys = keys;
    }

    @Override
    public Class<ConsoleSessionRequest> getRequestType() {
        return ConsoleSessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ConsoleSessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ConsoleSessions.Open open = sessions.find(request.token())
                    .orElseThrow(() -> new AuthenticationFailedException("No open console session"));
            return QuarkusSecurityIdentity.builder(keys.identityForHash(open.keyHash()))
                    .addAttribute(ConsoleSessions.CSRF_ATTRIBUTE, open.csrfToken())
                    .build();
        });
    }
}
