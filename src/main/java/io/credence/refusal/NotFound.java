package io.credence.refusal;

/** The thing asked for does not exist (or is not served in its current state). */
public final class NotFound extends Refusal {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }

    public NotFound(String message) {
        super(message);
    }
}
