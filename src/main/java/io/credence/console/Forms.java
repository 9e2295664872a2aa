package io.credence.console;

import io.credence.api.ApiException;
import io.credence.api.ProblemMappers;
import io.credence.refusal.ExpectedVersion;
import io.credence.refusal.Refusal;
import io.credence.refusal.StaleVersion;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns form fields into the requests the services take, checked by the same constraints as the API's JSON. */
final class Forms {

    private Forms() {}

    /** Refuses (422, shown on the page) a request that breaks its constraints, saying which field and why. */
    static <T> T valid(Validator validator, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new FormRefused(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    /** A blank field is an absent one. */
    static String orNull(String field) {
        return field == null || field.isBlank() ? null : field.strip();
    }

    /** A blank field is absent; anything else must be one of the enum's names. */
    static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw new FormRefused(field + " cannot be " + value);
        }
    }

    static Integer integer(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException malformed) {
            throw new FormRefused(field + " must be a whole number");
        }
    }

    static UUID uuid(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            throw new FormRefused(field + " is not a valid id");
        }
    }

    /**
     * The version a page showed, for the service to check: a form that lost it is refused as a change
     * without a version, never treated as "whatever is there now".
     */
    static ExpectedVersion version(String shown) {
        if (shown == null || !shown.strip().matches("[0-9]{1,18}")) {
            return ExpectedVersion.missing();
        }
        return ExpectedVersion.of(Long.parseLong(shown.strip()));
    }

    /** A refused change said plainly; a stale page is told that someone else changed it and nothing was written. */
    static String refusal(String what, String thing, String version, RuntimeException refused) {
        if (refused instanceof StaleVersion) {
            return what + ": someone changed this " + thing + " after you opened the page (you saw version " + version
                    + "). The page now shows it as it is; read what changed, then try again.";
        }
        return what + ": " + refused.getMessage();
    }

    /** The status a refused form is answered with: the API's for the same refusal, 422 for a bad field. */
    static int status(RuntimeException refused) {
        if (refused instanceof Refusal domain) {
            return ProblemMappers.typeOf(domain).status();
        }
        return refused instanceof ApiException problem ? problem.type().status() : 422;
    }

    /** A form field that is missing or malformed, with what to do about it. */
    static final class FormRefused extends RuntimeException {
        FormRefused(String message) {
            super(message, null, false, false);
        }
    }
}
