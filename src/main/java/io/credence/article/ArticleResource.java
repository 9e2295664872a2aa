package io.credence.article;

import io.credence.access.Roles;
import io.credence.api.ApiException;
import io.credence.api.ProblemType;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.claim.VerdictChanged;
import io.credence.claim.WorkflowStage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(
        name = "Articles",
        description = "Articles checked with POST /check and a url, the claims they relied on, and "
                + "what changed since (sent as article.review-needed webhooks).")
public class ArticleResource {

    private final Articles articles;
    private final ClaimService claims;

    ArticleResource(Articles articles, ClaimService claims) {
        this.articles = articles;
        this.claims = claims;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            summary = "The article checked with this url",
            description =
                    "The claims its sentences relied on at its last check, their status and verdict then and now, "
                            + "and what changed since that may need a correction. 404 when no article was checked with the url.")
    public ArticleResponse byUrl(
            @QueryParam("url") @Parameter(description = "The url the article was checked with.", required = true)
                    String url) {
        if (url == null || url.isBlank()) {
            throw new ApiException(ProblemType.VALIDATION, "url is required: the url the article was checked with");
        }
        return describe(articles.requireByUrl(url.strip()));
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "A checked article", description = "As GET /articles?url=, by id.")
    public ArticleResponse get(@PathParam("id") @Parameter(description = "Article id.") UUID id) {
        return describe(articles.require(id));
    }

    private ArticleResponse describe(Article article) {
        List<ArticleClaim> links = articles.claimsOf(article.id);
        Map<UUID, ArticleResponse.Now> now = new HashMap<>();
        for (ArticleClaim link : links) {
            now.computeIfAbsent(link.claimId, id -> {
                Claim claim = claims.require(id);
                String verdict = claim.workflowState == WorkflowStage.PUBLISHED
                        ? VerdictChanged.of(claim.verdictRating, claim.verdictLabel)
                        : null;
                return new ArticleResponse.Now(claim.status, verdict);
            });
        }
        return ArticleResponse.of(article, links, now, articles.changesSinceCheck(article));
    }
}
