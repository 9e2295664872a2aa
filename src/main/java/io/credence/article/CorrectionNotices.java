package io.credence.article;

import io.credence.claim.ClaimStatusesMoved;
import io.credence.claim.VerdictChanged;
import io.credence.signature.PublicationSigner;
import io.credence.time.Timestamps;
import io.credence.webhook.EventType;
import io.credence.webhook.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells the newsroom when a claim an article relied on moves in a way that may need a correction:
 * a notice on the article and an {@code article.review-needed} webhook per article, written in the
 * transaction that moved the claim (so both exist exactly when the move does).
 */
@ApplicationScoped
class CorrectionNotices {

    private final Webhooks webhooks;
    private final Timestamps timestamps;
    private final PublicationSigner signer;

    CorrectionNotices(Webhooks webhooks, Timestamps timestamps, PublicationSigner signer) {
        this.webhooks = webhooks;
        this.timestamps = timestamps;
        this.signer = signer;
    }

    void onStatuses(@Observes ClaimStatusesMoved moved) {
        Map<UUID, ClaimStatusesMoved.Move> mattering = moved.moves().stream()
                .filter(m -> StatusBands.matters(m.from(), m.to()))
                .collect(Collectors.toMap(ClaimStatusesMoved.Move::claimId, m -> m, (a, b) -> b));
        notify(
                mattering.keySet(),
                ArticleNotice.Kind.STATUS,
                claim -> String.valueOf(mattering.get(claim).from()),
                claim -> String.valueOf(mattering.get(claim).to()),
                moved.cause());
    }

    void onVerdict(@Observes VerdictChanged changed) {
        notify(
                Set.of(changed.claimId()),
                ArticleNotice.Kind.VERDICT,
                claim -> changed.from(),
                claim -> changed.to(),
                changed.reason());
    }

    private void notify(
            Set<UUID> claims,
            ArticleNotice.Kind kind,
            Function<UUID, String> from,
            Function<UUID, String> to,
            String reason) {
        if (claims.isEmpty()) {
            return;
        }
        // One notice per article and claim, however many of its sentences relied on the claim.
        List<Object[]> pairs = Article.getEntityManager()
                .createQuery("""
                        select distinct a.id, a.url, l.claimId from Article a join ArticleClaim l on l.articleId = a.id
                        where l.claimId in ?1 order by a.id, l.claimId""", Object[].class)
                .setParameter(1, claims)
                .getResultList();
        Instant now = timestamps.now();
        String why = reason == null || reason.isBlank() ? "no reason given" : truncate(reason);
        List<ArticleReviewNeeded> occurrences = new ArrayList<>();
        for (Object[] pair : pairs) {
            UUID claim = (UUID) pair[2];
            ArticleNotice notice = new ArticleNotice();
            notice.id = UUID.randomUUID();
            notice.articleId = (UUID) pair[0];
            notice.claimId = claim;
            notice.kind = kind;
            notice.oldValue = from.apply(claim);
            notice.newValue = to.apply(claim);
            notice.reason = why;
            notice.createdAt = now;
            notice.persist();
            ArticleReviewNeeded data = new ArticleReviewNeeded(
                    notice.articleId,
                    (String) pair[1],
                    claim,
                    kind,
                    notice.oldValue,
                    notice.newValue,
                    why,
                    notice.id,
                    null);
            // Signed like a ClaimReview: a CMS acting on a correction can tell the desk's notice from a forged one.
            occurrences.add(data.signed(signer.sign(data)));
        }
        webhooks.emitAll(EventType.ARTICLE_REVIEW_NEEDED, occurrences);
    }

    private static String truncate(String reason) {
        return reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
    }
}
