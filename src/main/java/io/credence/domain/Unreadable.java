package io.credence.domain;

/** Input in which nothing could be read (a ClaimReview feed with no readable review). */
public final class Unreadable extends DomainException {

    public Unreadable(String message) {
        super(message);
    }
}
