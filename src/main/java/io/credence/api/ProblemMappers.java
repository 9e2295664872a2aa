package io.credence.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.credence.persistence.DatabaseFailure;
import io.credence.refusal.Conflict;
import io.credence.refusal.NotFound;
import io.credence.refusal.OverBudget;
import io.credence.refusal.Refusal;
import io.credence.refusal.StaleVersion;
import io.credence.refusal.TooLarge;
import io.credence.refusal.UnknownReference;
import io.credence.refusal.Unreadable;
import io.credence.refusal.VersionRequired;
import io.credence.text.ControlCharacters;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Turns every failure into RFC 9457 problem details. Client errors say what was wrong and where;
 * anything unexpected becomes a 500 whose body carries only a reference to the server log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<ErrorPages> pages;

    ProblemMappers(Instance<ErrorPages> pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, SimpleResourceInfo resource) {
        if (answersWithPages(resource)) {
            return pages.get().page(e.type(), e.getMessage());
        }
        return respond(e.type(), e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri, SimpleResourceInfo resource) {
        if (answersWithPages(resource)) {
            return pages.get().page(typeOf(e), e.getMessage());
        }
        Response response = respond(typeOf(e), e.getMessage(), uri, List.of());
        if (e instanceof OverBudget over) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, over.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    private boolean answersWithPages(SimpleResourceInfo resource) {
        return resource != null
                && resource.getResourceClass() != null
                && pages.isResolvable()
                && pages.get().answers(resource.getResourceClass());
    }

    /** The problem type a service's refusal is reported as. */
    public static ProblemType typeOf(Refusal e) {
        if (e instanceof NotFound) {
            return ProblemType.NOT_FOUND;
        } else if (e instanceof Conflict) {
            return ProblemType.CONFLICT;
        } else if (e instanceof StaleVersion) {
            return ProblemType.PRECONDITION_FAILED;
        } else if (e instanceof VersionRequired) {
            return ProblemType.PRECONDITION_REQUIRED;
        } else if (e instanceof UnknownReference) {
            return ProblemType.UNKNOWN_REFERENCE;
        } else if (e instanceof TooLarge) {
            return ProblemType.PAYLOAD_TOO_LARGE;
        } else if (e instanceof Unreadable) {
            return ProblemType.MALFORMED_BODY;
        } else if (e instanceof OverBudget) {
            return ProblemType.TOO_MANY_REQUESTS;
        }
        return ProblemType.VALIDATION; // Invalid, the one left of the sealed hierarchy
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge(respond(
                ProblemType.UNAUTHORIZED,
                "This operation needs an API key: send 'Authorization: Bearer <key>'",
                uri,
                List.of()));
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        return challenge(
                respond(ProblemType.UNAUTHORIZED, "The API key is unknown, revoked or malformed", uri, List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "The API key's role does not allow this operation", uri, List.of());
    }

    private static Response challenge(Response response) {
        return Response.fromResponse(response)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION, detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + List.of(e.getTargetType().getEnumConstants())
                : e.getValue() instanceof String text && ControlCharacters.in(text)
                        ? ControlCharacters.REFUSAL
                        : "must be a valid "
                                + (e.getTargetType() == null
                                        ? "value"
                                        : e.getTargetType().getSimpleName());
        return respond(
                ProblemType.VALIDATION, field + ": " + allowed, uri, List.of(new Problem.FieldError(field, allowed)));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(
                ProblemType.VALIDATION,
                field + ": unknown property",
                uri,
                List.of(new Problem.FieldError(field, "unknown property")));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = pathOf(e);
        String message = "has the wrong JSON type";
        if (field.isEmpty()) {
            return respond(
                    ProblemType.MALFORMED_BODY, "The body is not the JSON object this operation takes", uri, List.of());
        }
        return respond(
                ProblemType.VALIDATION, field + ": " + message, uri, List.of(new Problem.FieldError(field, message)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(
                ProblemType.MALFORMED_BODY,
                "The body is not well-formed JSON: " + e.getOriginalMessage(),
                uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_BODY, "The body could not be read as JSON", uri, List.of());
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return respond(
                ProblemType.CONFLICT,
                "The resource was changed by another request; fetch it and retry",
                uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return respond(
                ProblemType.CONFLICT,
                "The resource was changed by another request; fetch it and retry",
                uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // Quarkus REST wraps some body-reading failures; report them as what they are.
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
            if (c instanceof MismatchedInputException mismatch) {
                return mismatchedJson(mismatch, uri);
            }
        }
        if (status == 400 && e.getCause() != null) {
            return respond(ProblemType.MALFORMED_BODY, "The body could not be read as UTF-8 JSON", uri, List.of());
        }
        if (e instanceof NotFoundException && isConversionFailure(e)) {
            // JAX-RS reports an unparseable path or query parameter as 404; it is a bad request.
            return respond(ProblemType.BAD_REQUEST, "A path or query parameter has an invalid value", uri, List.of());
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + instance(uri);
            case 405 -> "This method is not allowed here; the Allow header lists those that are";
            case 415 -> "This operation takes application/json";
            default -> e.getMessage();
        };
        Response response = respond(type, detail, uri, List.of());
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            return Response.fromResponse(response)
                    .header(HttpHeaders.ALLOW, allow)
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        switch (DatabaseFailure.of(e)) {
            case UNAVAILABLE -> {
                LOG.warnf("Database unavailable on %s: %s", instance(uri), e.getMessage());
                return Response.fromResponse(respond(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "The database cannot be reached; nothing was changed. Retry shortly.",
                                uri,
                                List.of()))
                        .header(HttpHeaders.RETRY_AFTER, "5")
                        .build();
            }
            case DUPLICATE -> {
                return respond(
                        ProblemType.CONFLICT,
                        "A concurrent request wrote the same thing first; nothing was changed. Fetch the current state and retry.",
                        uri,
                        List.of());
            }
            default -> {
                // INTEGRITY falls through to a 500: a constraint the API should have enforced first.
            }
        }
        if (anyInChain(e, HttpClosedException.class::isInstance)) {
            // The client closed the connection while its body was read: nobody will see an answer.
            LOG.debugf("Client closed the connection on %s", instance(uri));
            return respond(ProblemType.MALFORMED_BODY, "The request body ended early", uri, List.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, instance(uri));
        return respond(ProblemType.INTERNAL, "Unexpected error; reference " + reference, uri, List.of());
    }

    /** A NotFoundException with a cause is a parameter that could not be converted (a bad UUID, enum or instant). */
    private static boolean isConversionFailure(Throwable e) {
        return anyInChain(e.getCause(), c -> c instanceof IllegalArgumentException || c instanceof DateTimeException);
    }

    /** Whether the throwable or any of its causes passes the test. */
    private static boolean anyInChain(Throwable first, Predicate<Throwable> test) {
        for (Throwable c = first; c != null; c = c.getCause()) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    /** A problem+json answer; feature packages map their own exceptions with it. */
    public static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance(uri), errors);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    /** The request's path as the client sent it (still percent-encoded), so any path makes a valid URI. */
    private static URI instance(UriInfo uri) {
        return URI.create(uri.getRequestUri().getRawPath());
    }

    private static String fieldOf(Path path) {
        // Path of a violation on a resource method: method, parameter, then the bean's properties.
        String parameter = "";
        StringBuilder inBody = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // Hibernate Validator puts an element's index on the node after the collection.
                if (node.getIndex() != null) {
                    inBody.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    inBody.append('[').append(node.getKey()).append(']');
                }
                if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                    if (!inBody.isEmpty()) {
                        inBody.append('.');
                    }
                    inBody.append(node.getName());
                }
            }
        }
        return inBody.isEmpty() ? parameter : inBody.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
