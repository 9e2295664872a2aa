package io.credence.console;

import io.credence.access.ConsoleSessionMechanism;
import io.credence.api.HostGuard;
import io.credence.api.PublicLinks;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every console page is answered with besides its body: a content security policy that allows
 * nothing but the console's own stylesheet (no script runs on the console, and no other site may frame
 * it or receive its forms), no caching of pages that show a signed-in desk's data, and no referrer to
 * other sites ("same-origin", not "no-referrer": under no-referrer a browser sends its forms with
 * "Origin: null", which the origin check must refuse). The service's root leads to the console.
 */
@ApplicationScoped
public class ConsoleHeaders {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    void root(@Observes Router router) {
        router.get("/").handler(context -> context.redirect("/console"));
    }

    /**
     * A console form sent from a page of another origin is refused before anything reads it (browsers
     * name the page's origin on every form they send). This guards the sign-in form too, which has no
     * session token yet; the forms after it carry one as well.
     */
    @ServerRequestFilter
    public Optional<Response> sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null
                || SAFE.contains(request.getMethod())
                || !ConsoleSessionMechanism.consolePath(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        return sameAs(origin, request)
                ? Optional.empty()
                : Optional.of(ConsoleErrors.page(
                        403,
                        "Not from this console",
                        "This form was sent from a page of " + origin + ", not from the console. Nothing was changed.",
                        null));
    }

    /**
     * The console's own origin: the configured public base URL's when one is set (a Host header, which any
     * client writes, then counts for nothing); otherwise the request's, which {@link HostGuard}
     * has held to a loopback name (behind a proxy that ends TLS the page's origin is https).
     */
    private static boolean sameAs(String origin, ContainerRequestContext request) {
        Optional<String> configured = PublicLinks.configured();
        if (configured.isPresent()) {
            URI base = URI.create(configured.get());
            return origin.equals(base.getScheme() + "://" + base.getAuthority());
        }
        URI base = request.getUriInfo().getBaseUri();
        String host = request.getHeaderString("Host");
        return origin.equals(base.getScheme() + "://" + base.getAuthority())
                || (host != null && (origin.equals("https://" + host) || origin.equals("http://" + host)));
    }

    @ServerResponseFilter
    public void secure(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ConsoleSessionMechanism.consolePath(request.getUriInfo().getPath())) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", POLICY);
        response.getHeaders().putSingle("Cache-Control", "no-store");
        response.getHeaders().putSingle("Referrer-Policy", "same-origin");
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
    }
}
