package io.credence.api;

import io.credence.refusal.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;

/** Entity tags from entity versions, and If-Match read as the version a change was made against. */
public final class ETags {

    private ETags() {}

    private static final Pattern ONE_STRONG_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    /**
     * The version an If-Match header names, for a service to check: exactly one strong ETag naming a
     * version, {@code "7"}. A {@code *}, a list, a weak tag or an unquoted number names no single
     * version and never matches (412): it would let a client write over changes it has not seen. No
     * header: required, the change is refused (428); not required, it applies to the current version.
     */
    public static ExpectedVersion expected(String ifMatch, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return required ? ExpectedVersion.missing() : ExpectedVersion.any();
        }
        var m = ONE_STRONG_TAG.matcher(ifMatch.strip());
        return m.matches() ? ExpectedVersion.of(Long.parseLong(m.group(1))) : ExpectedVersion.unreadable(ifMatch);
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * 200 with the body and its ETag, or 304 when the client's If-None-Match already names this
     * version; an If-Match naming another version gets 412 problem details.
     */
    public static Response conditionalGet(Request request, HttpHeaders headers, long version, Object body) {
        expected(headers.getHeaderString(HttpHeaders.IF_MATCH), false).check("resource", version);
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
