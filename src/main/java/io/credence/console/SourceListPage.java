package io.credence.console;

import io.credence.access.Role;
import io.credence.api.ApiException;
import io.credence.assessment.Reliability;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.refusal.Refusal;
import io.credence.source.CreateSourceRequest;
import io.credence.source.Source;
import io.credence.source.SourceKind;
import io.credence.source.SourceService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sources by name, a page at a time; an admin registers one here. */
@Path("/console/sources")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SourceListPage {

    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sources(
                Viewer viewer,
                String q,
                Page<Source> sources,
                String previous,
                String next,
                List<SourceKind> kinds,
                List<Reliability> reliabilities,
                String problem);
    }

    private final SourceService sources;
    private final SecurityIdentity caller;
    private final Validator validator;

    SourceListPage(SourceService sources, SecurityIdentity caller, Validator validator) {
        this.sources = sources;
        this.caller = caller;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page) {
        return page(Viewer.of(caller), Forms.orNull(q), page, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(
            @FormParam("csrf") String csrf,
            @FormParam("name") String name,
            @FormParam("kind") String kind,
            @FormParam("homepage") String homepage,
            @FormParam("reliability") String reliability,
            @FormParam("rationale") String rationale) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.ADMIN);
        try {
            Source source = sources.register(Forms.valid(
                    validator,
                    new CreateSourceRequest(
                            Forms.orNull(name),
                            Forms.choice(SourceKind.class, "kind", kind),
                            Forms.orNull(homepage),
                            Forms.choice(Reliability.class, "reliability", reliability),
                            Forms.orNull(rationale))));
            return Pages.seeOther(SourcePage.link(source.id));
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return Response.status(Forms.status(refused))
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(viewer, null, 0, "The source was not registered: " + refused.getMessage()))
                    .build();
        }
    }

    private TemplateInstance page(Viewer viewer, String q, int page, String problem) {
        int pageNumber = Math.max(0, Math.min(page, PageQuery.MAX_PAGE));
        Page<Source> listed = sources.list(q, new PageQuery(pageNumber, PAGE_SIZE));
        String query = q == null ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        String previous = pageNumber > 0 ? "/console/sources?page=" + (pageNumber - 1) + query : null;
        String next = (long) (pageNumber + 1) * PAGE_SIZE < listed.total()
                ? "/console/sources?page=" + (pageNumber + 1) + query
                : null;
        return Templates.sources(
                viewer,
                q,
                listed,
                previous,
                next,
                List.of(SourceKind.values()),
                List.of(Reliability.values()),
                problem);
    }
}
