package io.credence.console;

import io.credence.access.Role;
import io.credence.assessment.Status;
import io.credence.claim.Claim;
import io.credence.claim.ClaimFilterParams;
import io.credence.claim.ClaimService;
import io.credence.claim.CreateClaimRequest;
import io.credence.claim.WorkflowStage;
import io.credence.matching.ClaimSearch;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The desk's queue: claims by workflow state, status, assignee and tag, newest first, a page at a
 * time; or, with a text, the claims the matching path finds for it (what /claims/search answers),
 * best first. An editor registers a claim from here.
 */
@Path("/console")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class QueuePage {

    static final int PAGE_SIZE = 25;
    private static final int SEARCH_LIMIT = 25;

    /** One claim in the queue; {@code relation} only when found by a search. */
    public record Row(
            UUID id,
            String text,
            Status status,
            double probability,
            WorkflowStage workflow,
            String assignee,
            List<String> tags,
            String relation) {

        /** The probability as desks read it, or a dash where a search does not give it. */
        public String percent() {
            return Double.isNaN(probability) ? "—" : Math.round(probability * 100) + "%";
        }

        static Row of(Claim c) {
            return new Row(
                    c.id,
                    c.text,
                    c.status,
                    c.probability,
                    c.workflowState,
                    c.assignee,
                    c.tags.stream().sorted().toList(),
                    null);
        }
    }

    /** The filters as the form holds them, to fill it again and to link the next page. */
    public record Filters(String workflow, String status, String assignee, String tag, String q) {

        public String query(int page) {
            StringBuilder out = new StringBuilder("?page=").append(page);
            append(out, "workflow", workflow);
            append(out, "status", status);
            append(out, "assignee", assignee);
            append(out, "tag", tag);
            return out.toString();
        }

        private static void append(StringBuilder out, String name, String value) {
            if (value != null && !value.isBlank()) {
                out.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** Paging links; null where there is no such page. */
    public record Paging(int page, long total, boolean totalExact, String previous, String next) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(
                Viewer viewer,
                Filters filters,
                List<Row> rows,
                Paging paging,
                List<WorkflowStage> workflows,
                List<Status> statuses,
                String problem);
    }

    private final ClaimService claims;
    private final ClaimSearch search;
    private final SecurityIdentity caller;
    private final Validator validator;

    QueuePage(ClaimService claims, ClaimSearch search, SecurityIdentity caller, Validator validator) {
        this.claims = claims;
        this.search = search;
        this.caller = caller;
        this.validator = validator;
    }

    @GET
    public TemplateInstance queue(
            @QueryParam("workflow") String workflow,
            @QueryParam("status") String status,
            @QueryParam("assignee") String assignee,
            @QueryParam("tag") String tag,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        Viewer viewer = Viewer.of(caller);
        Filters filters = new Filters(
                Forms.orNull(workflow),
                Forms.orNull(status),
                Forms.orNull(assignee),
                Forms.orNull(tag),
                Forms.orNull(q));
        if (filters.q() != null) {
            List<Row> found = search.search(filters.q(), null, SEARCH_LIMIT).stream()
                    .map(m -> new Row(
                            m.claimId(),
                            m.text(),
                            m.status(),
                            Double.NaN,
                            null,
                            null,
                            List.of(),
                            m.relation().name()))
                    .toList();
            return Templates.queue(
                    viewer, filters, found, null, List.of(WorkflowStage.values()), List.of(Status.values()), null);
        }
        ClaimFilterParams filter = new ClaimFilterParams();
        filter.workflow = Forms.choice(WorkflowStage.class, "workflow", filters.workflow());
        filter.status = Forms.choice(Status.class, "status", filters.status());
        filter.assignee = filters.assignee();
        filter.tag = filters.tag();
        int pageNumber = Math.max(0, Math.min(page, PageQuery.MAX_PAGE));
        Page<Claim> listed = claims.list(Forms.valid(validator, filter).filter(), new PageQuery(pageNumber, PAGE_SIZE));
        boolean more = (long) (pageNumber + 1) * PAGE_SIZE < listed.total();
        Paging paging = new Paging(
                pageNumber,
                listed.total(),
                listed.totalExact(),
                pageNumber > 0 ? filters.query(pageNumber - 1) : null,
                more ? filters.query(pageNumber + 1) : null);
        return Templates.queue(
                viewer,
                filters,
                listed.items().stream().map(Row::of).toList(),
                paging,
                List.of(WorkflowStage.values()),
                List.of(Status.values()),
                null);
    }

    @POST
    @Path("/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(
            @FormParam("csrf") String csrf,
            @FormParam("text") String text,
            @FormParam("claimant") String claimant,
            @FormParam("tags") String tags) {
        Viewer.acting(caller, csrf).require(Role.EDITOR);
        List<String> tagList = tags == null
                ? List.of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
        CreateClaimRequest request = Forms.valid(
                validator,
                new CreateClaimRequest(Forms.orNull(text), null, Forms.orNull(claimant), null, null, tagList));
        Claim claim = claims.register(request);
        return Pages.seeOther(ClaimPage.link(claim.id) + "&done=registered");
    }

    @ServerExceptionMapper
    Response refused(Forms.FormRefused refused) {
        return ConsoleErrors.page(422, "Check the form", refused.getMessage(), Viewer.of(caller));
    }
}
