package io.credence.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request body is JSON in UTF-8 (RFC 8259 §8.1), said so by its Content-Type: a body sent
 * without one, as another type, or in another charset is refused with 415 before any resource
 * reads it. Without this, a body with no Content-Type was read as JSON anyway, and one declared
 * UTF-16 was read as UTF-8 (docs/SECURITY.md).
 */
public class JsonBodies {

    private static final Set<String> WITH_BODIES = Set.of("POST", "PUT", "PATCH");
    /** JSON-LD (a ClaimReview feed) is JSON too, said more precisely. */
    private static final MediaType LD_JSON = new MediaType("application", "ld+json");

    @ServerRequestFilter
    public Optional<Response> refuseOtherBodies(ContainerRequestContext request, UriInfo uri, ResourceInfo resource) {
        if (!WITH_BODIES.contains(request.getMethod()) || !hasBody(request)) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            return refuse("A request body needs 'Content-Type: application/json'", uri);
        }
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && takesForms(resource)) {
            return utf8(type, uri);
        }
        boolean json = type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(LD_JSON);
        if (!json || type.isWildcardType() || type.isWildcardSubtype()) {
            return refuse("Request bodies are application/json (or application/ld+json), not " + type, uri);
        }
        return utf8(type, uri);
    }

    private static Optional<Response> utf8(MediaType type, UriInfo uri) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            return refuse("Request bodies are UTF-8, not " + charset, uri);
        }
        return Optional.empty();
    }

    /** The console's forms (io.credence.console): the only operations that say they consume form bodies. */
    private static boolean takesForms(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Consumes consumes = method == null ? null : method.getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.strip().equals("0"));
    }

    private static Optional<Response> refuse(String detail, UriInfo uri) {
        return Optional.of(ProblemMappers.respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, uri, List.of()));
    }
}
