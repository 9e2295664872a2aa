package io.credence.refusal;

/** The change cannot be made in the current state (a move the workflow does not allow, a second withdrawal). */
public final class Conflict extends Refusal {

    public Conflict(String message) {
        super(message);
    }
}
