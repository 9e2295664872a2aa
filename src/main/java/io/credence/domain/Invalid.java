package io.credence.domain;

/** Input that breaks a rule the request's own constraints cannot state (an unknown event, a reserved name). */
public final class Invalid extends DomainException {

    public Invalid(String message) {
        super(message);
    }
}
