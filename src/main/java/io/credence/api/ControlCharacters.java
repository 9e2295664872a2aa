package io.credence.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses text the service cannot store faithfully or hash unambiguously, in the path and query
 * parameters (400, before any resource runs); bodies are checked where they are read
 * ({@link StrictJson}). Refused: NUL (PostgreSQL cannot store or even compare text holding one),
 * the other C0 control characters but tab, line feed and carriage return (0x1F separates the
 * fields of an audit event's hash input, so a reason holding one could move a field boundary),
 * and UTF-16 surrogates without their pair (not Unicode text).
 */
public class ControlCharacters {

    public static final String REFUSAL =
            "must not contain NUL, control characters other than tab and line breaks, " + "or unpaired surrogates";

    /** Whether the text holds a character refused here. */
    public static boolean in(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @ServerRequestFilter
    public Optional<Response> refuseControlCharacters(UriInfo uri) {
        if (in(uri.getPath())) {
            return Optional.of(ProblemMappers.respond(ProblemType.BAD_REQUEST, "The path " + REFUSAL, uri, List.of()));
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (var parameter : query.entrySet()) {
            if (in(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacters::in)) {
                String field = parameter.getKey().replaceAll("\\p{Cc}", "?");
                return Optional.of(ProblemMappers.respond(
                        ProblemType.VALIDATION,
                        field + ": " + REFUSAL,
                        uri,
                        List.of(new Problem.FieldError(field, REFUSAL))));
            }
        }
        return Optional.empty();
    }
}
