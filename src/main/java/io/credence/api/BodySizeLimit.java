package io.credence.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than the configured limit with 413 problem+json
 * before any of it is read. (Vert.x enforces the same limit on bodies sent without a length.)
 */
@Singleton
public class BodySizeLimit {

    private final long limit;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        // Ahead of the body handler, so an oversized body is refused before it is read.
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBodies);
    }

    void refuseOversizedBodies(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && declaredLength(length) > limit) {
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            JsonObject body = new JsonObject()
                    .put("type", type.uri().toString())
                    .put("title", type.title())
                    .put("status", type.status())
                    .put("detail", "The body may be at most " + limit + " bytes; this one declares " + length)
                    .put("instance", rc.request().path());
            rc.response().setStatusCode(type.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(body.encode());
            return;
        }
        rc.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
