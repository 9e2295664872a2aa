package io.credence.api;

import io.credence.text.ControlCharacters;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, in the path and query parameters (400, before any resource runs), what
 * {@link ControlCharacters} refuses; bodies are checked where they are read ({@link StrictJson}).
 */
public class ControlCharacterFilter {

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(UriInfo uri) {
        if (ControlCharacters.in(uri.getPath())) {
            return Optional.of(ProblemMappers.respond(
                    ProblemType.BAD_REQUEST, "The path " + ControlCharacters.REFUSAL, uri, List.of()));
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (var parameter : query.entrySet()) {
            if (ControlCharacters.in(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::in)) {
                String field = parameter.getKey().replaceAll("\\p{Cc}", "?");
                return Optional.of(ProblemMappers.respond(
                        ProblemType.VALIDATION,
                        field + ": " + ControlCharacters.REFUSAL,
                        uri,
                        List.of(new Problem.FieldError(field, ControlCharacters.REFUSAL))));
            }
        }
        return Optional.empty();
    }
}
