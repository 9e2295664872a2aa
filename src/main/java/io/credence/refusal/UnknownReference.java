package io.credence.refusal;

/** A field names something that does not exist (the request is well formed; what it points at is not there). */
public final class UnknownReference extends Refusal {

    public UnknownReference(String field, String what, Object id) {
        super(field + ": no " + what + " " + id);
    }
}
