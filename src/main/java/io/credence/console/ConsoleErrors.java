package io.credence.console;

import io.credence.api.ApiException;
import io.credence.api.ErrorPages;
import io.credence.api.ProblemType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How the console answers what went wrong: as a page a person can read, never problem+json. The
 * console's own refusals are mapped here; a service's refusal or an {@link ApiException} on any
 * console page comes here through the API's mapper ({@link ErrorPages}), which keeps problem+json for
 * the API.
 */
@ApplicationScoped
public class ConsoleErrors implements ErrorPages {

    private final SecurityIdentity caller;

    ConsoleErrors(SecurityIdentity caller) {
        this.caller = caller;
    }

    @Override
    public boolean answers(Class<?> resource) {
        return resource.getPackageName().equals(ConsoleErrors.class.getPackageName());
    }

    @Override
    public Response page(ProblemType type, String message) {
        return page(type.status(), type.title(), message, Viewer.of(caller));
    }

    @CheckedTemplate(basePath = "ConsoleErrors")
    static class Templates {
        static native TemplateInstance error(Viewer viewer, int status, String title, String message);
    }

    @ServerExceptionMapper
    public Response signInNeeded(Viewer.SignInNeeded needed) {
        return Pages.seeOther("/session");
    }

    @ServerExceptionMapper
    public Response formNotOurs(Viewer.FormNotOurs refused) {
        return page(
                400,
                "The form could not be accepted",
                "It did not carry the token of a page this sign-in opened "
                        + "(it came from another site, or from a page older than your sign-in). Nothing was changed. Open the "
                        + "page again and repeat what you did.",
                null);
    }

    /**
     * A field or address the console cannot read (a page opened with an id that is not one, say) that
     * no page caught to show beside its form: a page saying which, never an error.
     */
    @ServerExceptionMapper
    public Response unreadable(Forms.FormRefused refused) {
        return page(
                400,
                "Not a page the console has",
                "The address or form could not be read: " + refused.getMessage() + ". Nothing was changed.",
                null);
    }

    @ServerExceptionMapper
    public Response notAllowed(Viewer.NotAllowed refused) {
        return page(403, "Not allowed", refused.getMessage(), null);
    }

    static Response page(int status, String title, String message, Viewer viewer) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(viewer, status, title, message))
                .build();
    }
}
