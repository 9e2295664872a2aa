package io.credence.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Entity tags from entity versions, and the If-Match check for optimistic concurrency. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an optional If-Match header against the current version: absent passes; present, it
     * must be exactly one strong ETag naming the current version, {@code "7"} (412 otherwise). A
     * {@code *}, a list, a weak tag or an unquoted number would let a client write over changes it
     * has not seen, which is what the header is there to prevent.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        if (!ifMatch.strip().equals(current)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match must be exactly the current ETag "
                    + current + " (one strong tag; not *, a list or a weak tag); it was " + ifMatch);
        }
    }

    /**
     * Like {@link #checkIfMatch} but the header is required: a write without it is refused with 428,
     * so that no one overwrites a change they have not seen.
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "This change needs If-Match with the claim's current ETag (\"" + currentVersion + "\" now)");
        }
        checkIfMatch(ifMatch, currentVersion);
    }

    /**
     * 200 with the body and its ETag, or 304 when the client's If-None-Match already names this
     * version; an If-Match naming another version gets 412 problem details.
     */
    public static Response conditionalGet(Request request, HttpHeaders headers, long version, Object body) {
        checkIfMatch(headers.getHeaderString(HttpHeaders.IF_MATCH), version);
        EntityTag tag = of(version);
        // If-None-Match only: If-Match was judged above (JAX-RS would refuse a weak one with a bare 412).
        Response.ResponseBuilder preconditions = request.evaluatePreconditions(tag);
        if (preconditions != null) {
            Response answer = preconditions.build();
            if (answer.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
                return answer;
            }
        }
        return Response.ok(body).tag(tag).build();
    }
}
