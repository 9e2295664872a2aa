package io.credence.refusal;

/** Input that breaks a rule the request's own constraints cannot state (an unknown event, a reserved name). */
public final class Invalid extends Refusal {

    public Invalid(String message) {
        super(message);
    }
}
