package io.credence.console;

import io.credence.access.ConsoleSessionMechanism;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every console page is answered with besides its body: a content security policy that allows
 * nothing but the console's own stylesheet (no script runs on the console, and no other site may frame
 * it or receive its forms), no caching of pages that show a signed-in desk's data, and no referrer. The
 * service's root leads to the console.
 */
@ApplicationScoped
public class ConsoleHeaders {

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    void root(@Observes Router router) {
        router.get("/").handler(context -> context.redirect("/console"));
    }

    @ServerResponseFilter
    public void secure(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ConsoleSessionMechanism.consolePath(request.getUriInfo().getPath())) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", POLICY);
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Referrer-Policy", "no-referrer");
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
    }
}
