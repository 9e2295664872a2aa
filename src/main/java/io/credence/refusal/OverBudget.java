package io.credence.refusal;

/** A caller past its budget of work for now (text checked a minute, say): it may ask again after {@link #retryAfterSeconds()}. */
public final class OverBudget extends Refusal {

    private final long retryAfterSeconds;

    public OverBudget(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
