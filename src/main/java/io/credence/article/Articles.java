package io.credence.article;

import io.credence.assessment.Status;
import io.credence.refusal.NotFound;
import io.credence.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records which claims an article relied on when it was checked, and answers what changed since. */
@ApplicationScoped
public class Articles {

    private final Timestamps timestamps;

    Articles(Timestamps timestamps) {
        this.timestamps = timestamps;
    }

    /** A claim one sentence relied on, as it stood at the check. */
    public record Reliance(
            UUID claimId,
            int sentenceStart,
            String sentence,
            Status status,
            Integer verdictRating,
            String verdictLabel) {}

    /**
     * Records the check of the article at this url: its claims become these (a check replaces the
     * previous one's, since the text may have changed), checked now by this caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Article recordCheck(String url, List<Reliance> reliances, String checkedBy) {
        Instant now = timestamps.now();
        Article article = Article.<Article>find("url", url).firstResult();
        if (article == null) {
            article = new Article();
            article.id = UUID.randomUUID();
            article.url = url;
            article.createdAt = now;
        } else {
            ArticleClaim.delete("articleId", article.id);
        }
        article.checkedAt = now;
        article.checkedBy = checkedBy;
        article.persist();
        for (Reliance r : reliances.stream().distinct().toList()) {
            ArticleClaim link = new ArticleClaim();
            link.id = UUID.randomUUID();
            link.articleId = article.id;
            link.claimId = r.claimId();
            link.sentenceStart = r.sentenceStart();
            link.sentence = r.sentence();
            link.statusAtCheck = r.status();
            link.verdictRatingAtCheck = r.verdictRating();
            link.verdictLabelAtCheck = r.verdictLabel();
            link.persist();
        }
        return article;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Article require(UUID id) {
        return Article.<Article>findByIdOptional(id).orElseThrow(() -> new NotFound("Article", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Article requireByUrl(String url) {
        return Article.<Article>find("url", url)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("No article was checked with url " + url));
    }

    /** The claims the article relied on at its last check, in the order of its sentences. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleClaim> claimsOf(UUID articleId) {
        return ArticleClaim.list("articleId = ?1 order by sentenceStart, claimId", articleId);
    }

    /** What changed for the article since its last check, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleNotice> changesSinceCheck(Article article) {
        return ArticleNotice.list(
                "articleId = ?1 and createdAt >= ?2 order by createdAt, id", article.id, article.checkedAt);
    }

    /** The articles that relied on the claim at their last check, most recently checked first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Object[]> relyingOn(UUID claimId) {
        return Article.getEntityManager()
                .createQuery("""
                        select a, l from Article a join ArticleClaim l on l.articleId = a.id
                        where l.claimId = ?1 order by a.checkedAt desc, a.id, l.sentenceStart""", Object[].class)
                .setParameter(1, claimId)
                .getResultList();
    }
}
