package io.credence.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals made before the REST layer sees a request, in problem+json like every other: a declared
 * body larger than {@code credence.http.max-body-size} (413, before any of it is read; a body sent in
 * chunks is measured while it is read, by {@link Utf8Bodies}), and a request target longer than
 * {@code credence.http.max-uri-length} (414).
 *
 * <p>What Vert.x's HTTP codec refuses never reaches a router, and Quarkus offers no hook for it
 * (quarkus issue 55082): a request line past {@code quarkus.http.limits.max-initial-line-length},
 * headers past {@code max-header-size}, or a malformed Content-Length still get its bare 414, 431
 * or 400. The codec's line bound is set well above ours, so that a long URI meets ours first.
 */
@Singleton
public class RequestLimits {

    /** Operations that take a feed, read as a stream (never whole), under their own bound. */
    public static final Set<String> BULK_PATHS = Set.of("/claim-reviews/import");

    private final long maxBody;
    private final long maxBulkBody;
    private final int maxUri;

    RequestLimits(
            @ConfigProperty(name = "credence.http.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "credence.http.max-bulk-body-size") MemorySize maxBulkBody,
            @ConfigProperty(name = "credence.http.max-uri-length") int maxUri) {
        this.maxBody = maxBody.asLongValue();
        this.maxBulkBody = maxBulkBody.asLongValue();
        this.maxUri = maxUri;
    }

    void install(@Observes Router router) {
        // Ahead of the body handler, so an oversized body is refused before it is read.
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversized);
    }

    void refuseOversized(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri.length() > maxUri) {
            refuse(
                    rc,
                    ProblemType.URI_TOO_LONG,
                    "A request target may be at most " + maxUri + " characters; this one has " + uri.length(),
                    "/");
            return;
        }
        String length = rc.request().getHeader("Content-Length");
        long bound = BULK_PATHS.contains(rc.request().path()) ? maxBulkBody : maxBody;
        if (length != null && declaredLength(length) > bound) {
            refuse(
                    rc,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The body may be at most " + bound + " bytes; this one declares " + length,
                    rc.request().path());
            return;
        }
        rc.next();
    }

    /** A refusal written straight to Vert.x's response, for handlers that run before the REST layer. */
    static void refuse(RoutingContext rc, ProblemType type, String detail, String instance) {
        JsonObject body = new JsonObject()
                .put("type", type.uri().toString())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", instance);
        rc.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        if (type == ProblemType.PAYLOAD_TOO_LARGE || type == ProblemType.URI_TOO_LONG) {
            rc.response().putHeader("Connection", "close"); // what is left of the request is not read
        }
        rc.response().end(body.encode());
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
