package io.credence.refusal;

/** Input larger than the service reads at once (an article past the longest text checked). */
public final class TooLarge extends Refusal {

    public TooLarge(String message) {
        super(message);
    }
}
