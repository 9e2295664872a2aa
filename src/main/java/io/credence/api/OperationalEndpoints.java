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

    OperationalEndpoints(@ConfigProperty(name = "credence.http.metrics-open") boolean metricsOpen,
                         @ConfigProperty(name = "credence.http.api-docs-open") boolean apiDocsOpen) {
        this.metricsOpen = metricsOpen;
        this.apiDocsOpen = apiDocsOpen;
    }

    void install(@Observes Router router) {
        if (!metricsOpen || !apiDocsOpen) {
            router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseClosed);
        }
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
