package io.credence.refusal;

/** The change was made against a version other than the current one: someone changed the thing meanwhile. */
public final class StaleVersion extends Refusal {

    private final long current;

    StaleVersion(String what, long current, String expected) {
        super(what + " is at version " + current + " (ETag \"" + current + "\"); the change was made against "
                + expected);
        this.current = current;
    }

    public long current() {
        return current;
    }
}
