package io.credence.access;

/** A client over its bound of failed authentications: answered 429 with Retry-After. */
public class TooManyAuthenticationFailures extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyAuthenticationFailures(long retryAfterSeconds) {
        super("Too many failed authentications from this address; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
