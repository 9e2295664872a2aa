package io.credence.access;

import io.credence.api.ProblemMappers;
import io.credence.api.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Access's own refusals as problem+json (here, so that the HTTP edge does not depend on access). */
public class AccessProblems {

    @ServerExceptionMapper
    public Response tooManyFailures(TooManyAuthenticationFailures e, UriInfo uri) {
        return Response.fromResponse(
                        ProblemMappers.respond(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), uri, List.of()))
                .header("Retry-After", e.retryAfterSeconds())
                .build();
    }
}
