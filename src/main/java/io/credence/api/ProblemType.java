package io.credence.api;

import java.net.URI;

/**
 * The kinds of error the API reports, each with a stable {@code type} URI (RFC 9457 §3.1.1).
 * Clients may switch on the URI; the title is for people and may be reworded.
 */
public enum ProblemType {
    VALIDATION("validation", 400, "Request validation failed"),
    MALFORMED_BODY("malformed-body", 400, "Malformed request body"),
    BAD_REQUEST("bad-request", 400, "Bad request"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not allowed for this role"),
    NOT_FOUND("not-found", 404, "Resource not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
    URI_TOO_LONG("uri-too-long", 414, "Request target too long"),
    MISDIRECTED("misdirected-request", 421, "Not this service's address"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    UNKNOWN_REFERENCE("unknown-reference", 422, "Request refers to something that does not exist"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    INTERNAL("internal", 500, "Internal error");

    private static final String PREFIX = "urn:credence:problem:";

    private final URI uri;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.uri = URI.create(PREFIX + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The generic type for a status code that has no more specific kind. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION && type != MALFORMED_BODY && type != UNKNOWN_REFERENCE) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
