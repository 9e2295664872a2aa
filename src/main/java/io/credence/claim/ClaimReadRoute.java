package io.credence.claim;

import io.credence.api.ETags;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code GET /claims/{id}}, the service's most frequent request, answered below the REST layer in its
 * plain case: no query, no precondition, JSON accepted, a caller in a role that reads claims, the claim
 * found. Everything else goes on to {@link ClaimResource#get}, which answers it as it always has: a
 * missing or wrong key, a role that may not read, an unknown claim, a malformed id, {@code asOf}, a
 * conditional request, a database that does not answer. So every answer other than the plain 200 is
 * the resource's own, and the plain 200 is the same bytes and headers (ClaimReadRouteTest compares them).
 *
 * <p>Why: profiled at 64 connections, Quarkus REST's handler chain, its security interceptors and its
 * response writing were about a third of a read's CPU; the read itself (one statement, the claim's
 * remembered JSON) is the rest. The route keeps what a read must have: the caller's key checked by the
 * same authentication (the request's deferred identity), the role, the ETag, the HTTP metrics' route name.
 */
@ApplicationScoped
class ClaimReadRoute {

    /** The route's name in the HTTP metrics, as Quarkus REST names the resource method's. */
    static final String TEMPLATE = "/claims/{id}";

    /** Who may read a claim: whom the resource lets in (its class's @RolesAllowed). */
    private static final List<String> READERS =
            List.of(ClaimResource.class.getAnnotation(RolesAllowed.class).value());

    private static final String JSON = "application/json;charset=UTF-8";
    private static final String PREFIX = "/claims/";
    private static final int UUID_LENGTH = 36;

    private final ClaimReads reads;
    private final ClaimJson json;
    /** Reads answered here rather than handed on: what a test counts to see the route used. */
    private final LongAdder answered = new LongAdder();

    ClaimReadRoute(ClaimReads reads, ClaimJson json) {
        this.reads = reads;
        this.json = json;
    }

    void install(@Observes Router router) {
        // Before Quarkus REST (RouteConstants.ROUTE_ORDER_AFTER_DEFAULT), after the guards and the
        // authentication, which every route passes through.
        router.get(PREFIX + ":id").order(RouteConstants.ROUTE_ORDER_DEFAULT).handler(this::read);
    }

    long answered() {
        return answered.sum();
    }

    private void read(RoutingContext rc) {
        UUID id = plainRead(rc.request());
        if (id == null) {
            rc.next();
            return;
        }
        // The identity is evaluated here, and once (it is memoized): a failure must come back to the REST
        // layer as an exception to map, as it does when the REST layer evaluates it, so the handler that
        // would fail the routing context instead is taken off first, as Quarkus REST does itself.
        rc.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, null)
                .subscribe()
                .with(
                        identity -> {
                            if (mayRead(identity)) {
                                reads.read(id)
                                        .whenComplete((found, failure) ->
                                                onContext(context, () -> answer(rc, found, failure)));
                            } else {
                                onContext(context, rc::next);
                            }
                        },
                        failure -> onContext(context, rc::next));
    }

    private void answer(RoutingContext rc, Optional<Claim> found, Throwable failure) {
        if (failure != null || found.isEmpty()) {
            rc.next(); // the resource reads again and answers 404 or 503 problem details
            return;
        }
        Claim claim = found.get();
        byte[] body;
        try {
            body = json.of(claim);
        } catch (RuntimeException e) {
            rc.next(); // the resource meets the same failure and answers it as a 500 with a reference
            return;
        }
        answered.increment();
        // Where Quarkus's HTTP metrics find the route's name (Quarkus REST sets it the same way).
        ((HttpServerRequestInternal) rc.request()).context().putLocal("UrlPathTemplate", TEMPLATE);
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.ETAG, ETags.of(claim.version).toString())
                .end(Buffer.buffer(body));
    }

    private static boolean mayRead(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && READERS.stream().anyMatch(identity::hasRole);
    }

    /** The claim id of a plain read; null for anything the resource answers. */
    private static UUID plainRead(HttpServerRequest request) {
        if (request.query() != null
                || request.headers().contains(HttpHeaders.IF_NONE_MATCH)
                || request.headers().contains(HttpHeaders.IF_MATCH)
                || request.headers().contains(HttpHeaders.IF_MODIFIED_SINCE)
                || request.headers().contains("If-Unmodified-Since")
                || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return null;
        }
        return idOf(request.path());
    }

    /** The id in {@code /claims/<id>} when written in full; null otherwise (the resource then answers). */
    static UUID idOf(String path) {
        if (path.length() != PREFIX.length() + UUID_LENGTH || !path.startsWith(PREFIX)) {
            return null;
        }
        String id = path.substring(PREFIX.length());
        try {
            UUID parsed = UUID.fromString(id);
            // UUID.fromString takes shortened groups; only the canonical form is a plain read.
            return parsed.toString().equalsIgnoreCase(id) ? parsed : null;
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** No Accept, or one that names JSON or anything: what the resource answers with JSON too. */
    private static boolean acceptsJson(String accept) {
        if (accept == null) {
            return true;
        }
        String value = accept.strip();
        return value.equals("*/*") || value.equals("application/json") || value.equals("application/*");
    }

    private static void onContext(Context context, Runnable step) {
        if (context == null || Vertx.currentContext() == context) {
            step.run();
        } else {
            context.runOnContext(ignored -> step.run());
        }
    }
}
