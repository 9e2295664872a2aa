package io.credence.domain;

/** Input larger than the service reads at once (an article past the longest text checked). */
public final class TooLarge extends DomainException {

    public TooLarge(String message) {
        super(message);
    }
}
