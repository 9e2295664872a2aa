package io.credence.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a console session cookie, to be turned into its key holder's identity. */
public final class ConsoleSessionRequest extends BaseAuthenticationRequest {

    private final String token;

    ConsoleSessionRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
