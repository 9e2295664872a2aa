package io.credence.article;

import io.credence.access.Roles;
import io.credence.assessment.Status;
import io.credence.claim.ClaimService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/claims/{claimId}/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.CMS, Roles.AUDITOR})
@Tag(name = "Articles")
public class ClaimArticlesResource {

    private final Articles articles;
    private final ClaimService claims;

    ClaimArticlesResource(Articles articles, ClaimService claims) {
        this.articles = articles;
        this.claims = claims;
    }

    /** One sentence of a checked article that relied on the claim. */
    @Schema(name = "RelyingArticle")
    public record RelyingArticle(
            UUID articleId, String url, Instant checkedAt, int sentenceStart, String sentence, Status statusAtCheck) {}

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            summary = "Articles that relied on the claim",
            description = "Each sentence of a checked article that relied on the claim at the article's last check, "
                    + "most recently checked first.")
    public List<RelyingArticle> relyingOn(@PathParam("claimId") @Parameter(description = "Claim id.") UUID claimId) {
        claims.require(claimId);
        return articles.relyingOn(claimId).stream()
                .map(row -> {
                    Article a = (Article) row[0];
                    ArticleClaim l = (ArticleClaim) row[1];
                    return new RelyingArticle(a.id, a.url, a.checkedAt, l.sentenceStart, l.sentence, l.statusAtCheck);
                })
                .toList();
    }
}
