package io.credence.domain;

/** The change cannot be made in the current state (a move the workflow does not allow, a second withdrawal). */
public final class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }
}
