package io.credence.console;

import io.credence.access.AuthenticationFailures;
import io.credence.access.ConsoleSessions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in and out of the console: {@code GET /session} shows the form, {@code POST /session} opens a
 * session with an API key (form field {@code key}), {@code DELETE /session} or the sign-out form ends it.
 * Failed sign-ins count against the caller's address like failed API authentications.
 */
@Path("/session")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SessionResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String problem);
    }

    private final ConsoleSessions sessions;
    private final AuthenticationFailures failures;
    private final SecurityIdentity caller;
    private final boolean secureCookie;

    SessionResource(
            ConsoleSessions sessions,
            AuthenticationFailures failures,
            SecurityIdentity caller,
            @ConfigProperty(name = "credence.console.secure-cookie") boolean secureCookie) {
        this.sessions = sessions;
        this.failures = failures;
        this.caller = caller;
        this.secureCookie = secureCookie;
    }

    @GET
    public Response form() {
        if (!caller.isAnonymous()) {
            return Pages.seeOther("/console");
        }
        return Response.ok(Templates.signIn(null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("key") String key, @Context HttpServerRequest request) {
        String client = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        long wait = failures.retryAfterSeconds(client);
        if (wait > 0) {
            return Response.status(429)
                    .header("Retry-After", wait)
                    .entity(Templates.signIn("Too many failed sign-ins from here; try again in " + wait + " s."))
                    .build();
        }
        if (key == null || key.isBlank()) {
            return Response.status(400)
                    .entity(Templates.signIn("Enter your API key."))
                    .build();
        }
        try {
            ConsoleSessions.Opened opened = sessions.open(key);
            return Response.fromResponse(Pages.seeOther("/console"))
                    .cookie(cookie(opened.token(), (int) opened.lifetime().toSeconds()))
                    .build();
        } catch (ConsoleSessions.SignInRefused refused) {
            failures.failed(client);
            return Response.status(401)
                    .entity(Templates.signIn(refused.getMessage()))
                    .build();
        }
    }

    @DELETE
    public Response end(@CookieParam(ConsoleSessions.COOKIE) String token) {
        if (token != null) {
            sessions.end(token);
        }
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    @POST
    @Path("/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf, @CookieParam(ConsoleSessions.COOKIE) String token) {
        if (token != null && !caller.isAnonymous()) {
            Viewer.acting(caller, csrf); // another site cannot sign a desk out either
            sessions.end(token);
        }
        return Response.fromResponse(Pages.seeOther("/session"))
                .cookie(cookie("", 0))
                .build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(ConsoleSessions.COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secureCookie)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
