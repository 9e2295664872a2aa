package io.credence.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Metrics (/q/metrics) and the API description (/q/openapi, /q/swagger-ui) are open by default, for
 * the people running and integrating the service; a deployment that serves them elsewhere, or not
 * at all, closes them ({@code credence.http.metrics-open}, {@code credence.http.api-docs-open}) and
 * they answer 404 problem+json. Health (/q/health) stays open: load balancers ask it.
 */
@Singleton
public class OperationalEndpoints {

    private final boolean metricsOpen;
    private final boolean apiDocsOpen;

    OperationalEndpoints(
            @ConfigProperty(name = "credence.http.metrics-open") boolean metricsOpen,
            @ConfigProperty(name = "credence.http.api-docs-open") boolean apiDocsOpen) {
        this.metricsOpen = metricsOpen;
        this.apiDocsOpen = apiDocsOpen;
    }

    /**
     * Swagger UI's page runs its own inline start-up script, so its policy allows inline script from the
     * page itself but nothing from elsewhere, and no site may frame it (a framed "try it out" with a
     * pasted key is a clickjacking target).
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    void install(@Observes Router router) {
        if (!metricsOpen || !apiDocsOpen) {
            router.route().order(Integer.MIN_VALUE + 2).handler(this::refuseClosed);
        }
        router.route("/q/swagger-ui*").order(Integer.MIN_VALUE + 3).handler(this::secureSwaggerUi);
    }

    private void secureSwaggerUi(RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> rc.response()
                .headers()
                .set("Content-Security-Policy", SWAGGER_UI_POLICY)
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "same-origin"));
        rc.next();
    }

    /** Whether a request path names an endpoint this deployment closed. */
    boolean closed(String path) {
        return (!metricsOpen && under(path, "/q/metrics"))
                || (!apiDocsOpen && (under(path, "/q/openapi") || under(path, "/q/swagger-ui")));
    }

    private void refuseClosed(RoutingContext rc) {
        if (!closed(rc.normalizedPath())) {
            rc.next();
            return;
        }
        RequestLimits.refuse(rc, ProblemType.NOT_FOUND, "Not served by this deployment", rc.normalizedPath());
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }
}
