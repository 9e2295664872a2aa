package io.credence.refusal;

/** Input in which nothing could be read (a ClaimReview feed with no readable review). */
public final class Unreadable extends Refusal {

    public Unreadable(String message) {
        super(message);
    }
}
