package io.credence.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.access.Role;
import io.credence.api.ApiException;
import io.credence.assessment.Assessment;
import io.credence.assessment.Stance;
import io.credence.audit.proof.SignedJson;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.claim.WorkflowChange;
import io.credence.claim.WorkflowStage;
import io.credence.claimreview.ClaimReviewDocument;
import io.credence.claimreview.ClaimReviews;
import io.credence.evidence.AddEvidenceRequest;
import io.credence.evidence.Evidence;
import io.credence.evidence.EvidenceService;
import io.credence.evidence.WithdrawalRequest;
import io.credence.language.FlagResponse;
import io.credence.language.TextAnalyses;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.reassessment.ClaimAssessor;
import io.credence.refusal.Refusal;
import io.credence.signature.SigningKeyPeriods;
import io.credence.source.Source;
import io.credence.source.SourceService;
import io.credence.verdict.Verdict;
import io.credence.verdict.VerdictRequest;
import io.credence.verdict.VerdictService;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A claim on one page: its text with rumour flags marked, status, probability and why, the opinion as
 * a bar, the evidence grouped by origin; for an editor the forms that add and withdraw evidence,
 * publish a verdict and move the claim through the workflow. The verdict and workflow forms carry the
 * version the page showed: a claim changed meanwhile is refused (412), said so, and shown as it is now.
 */
@Path("/console/claim")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ClaimPage {

    private static final int SIMILAR_LIMIT = 10;
    private static final Map<String, String> DONE = Map.of(
            "registered", "Claim registered.",
            "evidence", "Evidence added; the status below is recomputed with it.",
            "withdrawn", "Evidence withdrawn; the status below is recomputed without it.",
            "verdict", "Verdict published.",
            "workflow", "Workflow updated.");

    /** What the forms held when an action was refused, so the editor does not type it again. */
    public record Draft(String rationale, String label, String rating) {
        static final Draft NONE = new Draft("", "", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(
                Viewer viewer, ClaimView view, String notice, String problem, Draft draft, List<Stance> stances);
    }

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final VerdictService verdicts;
    private final SourceService sources;
    private final ClaimAssessor assessor;
    private final TextAnalyses analyses;
    private final SecurityIdentity caller;
    private final Validator validator;
    private final ClaimReviews reviews;
    private final SigningKeyPeriods keys;
    private final ObjectMapper json;

    /** The review's url as the page builds it: the signature's check does not depend on it, and the page does not show it. */
    private static String reviewUrl(UUID id) {
        return "/claims/" + id + "/claim-review";
    }

    ClaimPage(
            ClaimService claims,
            EvidenceService evidence,
            VerdictService verdicts,
            SourceService sources,
            ClaimAssessor assessor,
            TextAnalyses analyses,
            SecurityIdentity caller,
            Validator validator,
            ClaimReviews reviews,
            SigningKeyPeriods keys,
            ObjectMapper json) {
        this.reviews = reviews;
        this.keys = keys;
        this.json = json;
        this.claims = claims;
        this.evidence = evidence;
        this.verdicts = verdicts;
        this.sources = sources;
        this.assessor = assessor;
        this.analyses = analyses;
        this.caller = caller;
        this.validator = validator;
    }

    /** Where a claim's page is: one fixed path per console page, the id a parameter. */
    static String link(UUID id) {
        return "/console/claim?id=" + id;
    }

    @GET
    public Response show(@QueryParam("id") String claimId, @QueryParam("done") String done) {
        Viewer viewer = Viewer.of(caller);
        UUID id = Forms.uuid("id", claimId);
        if (id == null) {
            return Pages.seeOther("/console");
        }
        return page(viewer, id, 200, done == null ? null : DONE.get(done), null, Draft.NONE);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEvidence(
            @FormParam("csrf") String csrf,
            @PathParam("id") UUID id,
            @FormParam("source") String source,
            @FormParam("stance") String stance,
            @FormParam("credibility") String credibility,
            @FormParam("url") String url,
            @FormParam("excerpt") String excerpt,
            @FormParam("cites") String cites) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.EDITOR);
        try {
            AddEvidenceRequest request = Forms.valid(
                    validator,
                    new AddEvidenceRequest(
                            sourceNamed(source),
                            Forms.choice(Stance.class, "stance", stance),
                            Forms.integer("credibility", credibility),
                            Forms.orNull(url),
                            Forms.orNull(excerpt),
                            null,
                            Forms.orNull(cites) == null ? null : sourceNamed(cites),
                            null));
            evidence.add(id, request);
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    viewer, id, Forms.status(refused), null, "Nothing was added: " + refused.getMessage(), Draft.NONE);
        }
        return Pages.seeOther(ClaimPage.link(id) + "&done=evidence");
    }

    @POST
    @Path("/{id}/evidence/{evidenceId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(
            @FormParam("csrf") String csrf,
            @PathParam("id") UUID id,
            @PathParam("evidenceId") UUID evidenceId,
            @FormParam("reason") String reason) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.EDITOR);
        try {
            evidence.withdraw(id, evidenceId, Forms.valid(validator, new WithdrawalRequest(Forms.orNull(reason))));
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    viewer,
                    id,
                    Forms.status(refused),
                    null,
                    "Nothing was withdrawn: " + refused.getMessage(),
                    Draft.NONE);
        }
        return Pages.seeOther(ClaimPage.link(id) + "&done=withdrawn");
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(
            @FormParam("csrf") String csrf,
            @PathParam("id") UUID id,
            @FormParam("version") String version,
            @FormParam("rating") String rating,
            @FormParam("label") String label,
            @FormParam("rationale") String rationale) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.EDITOR);
        Draft draft =
                new Draft(rationale == null ? "" : rationale, label == null ? "" : label, rating == null ? "" : rating);
        try {
            VerdictRequest request = Forms.valid(
                    validator,
                    new VerdictRequest(Forms.integer("rating", rating), Forms.orNull(label), Forms.orNull(rationale)));
            verdicts.publish(id, request, Forms.version(version));
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    viewer,
                    id,
                    Forms.status(refused),
                    null,
                    Forms.refusal("Nothing was published", "claim", version, refused),
                    draft);
        }
        return Pages.seeOther(ClaimPage.link(id) + "&done=verdict");
    }

    @POST
    @Path("/{id}/workflow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(
            @FormParam("csrf") String csrf,
            @PathParam("id") UUID id,
            @FormParam("version") String version,
            @FormParam("state") String state,
            @FormParam("assignee") String assignee,
            @FormParam("reason") String reason) {
        Viewer viewer = Viewer.acting(caller, csrf).require(Role.EDITOR);
        try {
            WorkflowChange change = Forms.valid(
                    validator,
                    new WorkflowChange(
                            Forms.choice(WorkflowStage.class, "state", state),
                            Forms.orNull(assignee),
                            Forms.orNull(reason)));
            claims.changeWorkflow(id, change, Forms.version(version));
        } catch (Forms.FormRefused | ApiException | Refusal refused) {
            return page(
                    viewer,
                    id,
                    Forms.status(refused),
                    null,
                    Forms.refusal("The workflow did not move", "claim", version, refused),
                    Draft.NONE);
        }
        return Pages.seeOther(ClaimPage.link(id) + "&done=workflow");
    }

    private Response page(Viewer viewer, UUID id, int status, String notice, String problem, Draft draft) {
        Claim claim = claims.require(id);
        ClaimAssessor.Explained explained = assessor.explain(claim);
        Assessment assessment = explained.assessment();
        List<Verdict> history = verdicts.history(id);
        Verdict current = history.stream()
                .filter(v -> v.supersededAt == null)
                .reduce((a, b) -> b)
                .orElse(null);
        ClaimView view = new ClaimView(
                claim,
                Marked.segments(
                        claim.text,
                        0,
                        analyses.ofClaim(claim.id, claim.text).flags().stream()
                                .map(FlagResponse::of)
                                .toList()),
                ClaimView.OpinionBar.of(claim.belief, claim.disbelief, claim.probability),
                assessment,
                explained.wouldChange(),
                ClaimView.groups(assessment.derivation(), allEvidence(id)),
                current,
                signedReview(claim, current),
                claims.similar(claim, SIMILAR_LIMIT),
                viewer.editor()
                        ? sources.list(null, new PageQuery(0, PageQuery.MAX_SIZE))
                                .items()
                        : List.of(),
                Arrays.stream(WorkflowStage.values())
                        .filter(claim.workflowState::canMoveTo)
                        .toList());
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.claim(viewer, view, notice, problem, draft, List.of(Stance.values())))
                .build();
    }

    /** The signature of the claim's published review, checked as a partner would; none while it serves no review. */
    private ClaimView.SignedReview signedReview(Claim claim, Verdict current) {
        if (current == null || claim.workflowState != WorkflowStage.PUBLISHED || claim.duplicateOf != null) {
            return null;
        }
        ClaimReviewDocument review = reviews.of(claim.id, ClaimPage::reviewUrl);
        SignedJson.Check check = SignedJson.check(json.valueToTree(review), keys.keySet());
        return new ClaimView.SignedReview(
                check.valid(),
                check.keyId(),
                check.signedAt(),
                check.refusal(),
                review.verdictEvent().chain(),
                review.verdictEvent().sequence());
    }

    /** The one source of that name; none or several are refused with what to do. */
    private UUID sourceNamed(String name) {
        if (name == null || name.isBlank()) {
            throw new Forms.FormRefused("source: name the source the evidence comes from");
        }
        List<Source> named = sources.named(name);
        if (named.isEmpty()) {
            throw new Forms.FormRefused(
                    "source: no source is called " + name.strip() + "; an admin registers sources on the Sources page");
        }
        if (named.size() > 1) {
            throw new Forms.FormRefused("source: " + named.size() + " sources are called " + name.strip()
                    + "; add this item through the API with the source's id (see the Sources page)");
        }
        return named.get(0).id;
    }

    private List<Evidence> allEvidence(UUID claimId) {
        List<Evidence> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Evidence> items = evidence.list(claimId, new PageQuery(page, PageQuery.MAX_SIZE));
            all.addAll(items.items());
            if (items.items().size() < PageQuery.MAX_SIZE) {
                return all;
            }
        }
    }
}
