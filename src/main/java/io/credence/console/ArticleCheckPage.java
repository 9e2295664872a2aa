package io.credence.console;

import io.credence.access.Role;
import io.credence.api.ApiException;
import io.credence.check.ArticleCheck;
import io.credence.check.CheckRequest;
import io.credence.check.CheckResponse;
import io.credence.claim.AppearanceDto;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.claim.CreateClaimRequest;
import io.credence.refusal.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * An article pasted in: its sentences coloured by check-worthiness with their rumour flags marked and
 * the registered claims they match linked (what {@code POST /check} answers, nothing registered); the
 * editor ticks the sentences to register as claims.
 */
@Path("/console/check")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ArticleCheckPage {

    /** At most this many sentences are registered from one form; a longer list is refused whole. */
    static final int MAX_REGISTERED = 50;

    /** One checked sentence with its pieces for highlighting, and how check-worthy it reads. */
    public record Sentence(CheckResponse.Sentence checked, List<Marked.Segment> text) {

        public long percent() {
            return Math.round(checked.checkWorthiness() * 100);
        }

        /** high (check-worthy), mid (close to it) or low: the colour of its margin; the figure is written too. */
        public String band() {
            return checked.checkWorthy() ? "high" : checked.checkWorthiness() >= 0.3 ? "mid" : "low";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance check(
                Viewer viewer,
                String text,
                String url,
                List<Sentence> sentences,
                List<Claim> registered,
                String problem);
    }

    private final ArticleCheck check;
    private final ClaimService claims;
    private final SecurityIdentity caller;
    private final Validator validator;

    ArticleCheckPage(ArticleCheck check, ClaimService claims, SecurityIdentity caller, Validator validator) {
        this.check = check;
        this.claims = claims;
        this.caller = caller;
        this.validator = validator;
    }

    @GET
    public TemplateInstance form() {
        return Templates.check(Viewer.of(caller).require(Role.EDITOR), "", "", null, List.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(
            @FormParam("csrf") String csrf, @FormParam("text") String text, @FormParam("url") String url) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.EDITOR);
        String typed = text == null ? "" : text;
        try {
            CheckResponse response = check.check(Forms.valid(
                    validator, new CheckRequest(typed.isBlank() ? null : typed, Forms.orNull(url), null, false)));
            List<Sentence> sentences = response.sentences().stream()
                    .map(s -> new Sentence(s, Marked.segments(s.text(), s.start(), s.rumourFlags())))
                    .toList();
            return page(200, Templates.check(viewer, typed, url == null ? "" : url, sentences, List.of(), null));
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    Forms.status(refused),
                    Templates.check(
                            viewer,
                            typed,
                            url == null ? "" : url,
                            null,
                            List.of(),
                            "Nothing was checked: " + refused.getMessage()));
        }
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(
            @FormParam("csrf") String csrf, @FormParam("sentence") List<String> chosen, @FormParam("url") String url) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.EDITOR);
        List<String> sentences = chosen == null
                ? List.of()
                : chosen.stream().filter(s -> !s.isBlank()).toList();
        try {
            if (sentences.isEmpty() || sentences.size() > MAX_REGISTERED) {
                throw new Forms.FormRefused("choose between 1 and " + MAX_REGISTERED + " sentences");
            }
            AppearanceDto appearance = Forms.orNull(url) == null ? null : new AppearanceDto(url.strip(), null, null);
            List<CreateClaimRequest> requests = sentences.stream()
                    .map(s -> Forms.valid(
                            validator, new CreateClaimRequest(s.strip(), null, null, appearance, null, List.of())))
                    .toList();
            List<Claim> registered = new ArrayList<>();
            for (CreateClaimRequest request : requests) {
                registered.add(claims.register(request));
            }
            return page(200, Templates.check(viewer, "", "", null, registered, null));
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    Forms.status(refused),
                    Templates.check(
                            viewer,
                            "",
                            url == null ? "" : url,
                            null,
                            List.of(),
                            "Nothing was registered: " + refused.getMessage()));
        }
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(page)
                .build();
    }
}
