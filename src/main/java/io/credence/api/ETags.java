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
     * Checks an optional If-Match header against the current version: absent or {@code *} passes,
     * anything else must name the current version (412 otherwise).
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentVersion).getValue();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "If-Match " + ifMatch + " does not match the current version \"" + current + "\"");
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
