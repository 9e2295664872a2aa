package io.credence.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses NUL characters in the path and query parameters (400), before any resource runs:
 * PostgreSQL cannot store or even compare text holding one, and would fail the request. Bodies
 * are checked where they are read ({@link StrictJson}).
 */
public class NulCharacters {

    static final String REFUSAL = "must not contain NUL characters";

    static boolean in(String value) {
        return value.indexOf('\0') >= 0;
    }

    @ServerRequestFilter
    public Optional<Response> refuseNul(UriInfo uri) {
        if (in(uri.getPath())) {
            return Optional.of(ProblemMappers.respond(ProblemType.BAD_REQUEST, "The path " + REFUSAL, uri, List.of()));
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (var parameter : query.entrySet()) {
            if (in(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulCharacters::in)) {
                String field = parameter.getKey().replace('\0', '?');
                return Optional.of(ProblemMappers.respond(ProblemType.VALIDATION, field + ": " + REFUSAL, uri,
                        List.of(new Problem.FieldError(field, REFUSAL))));
            }
        }
        return Optional.empty();
    }
}
