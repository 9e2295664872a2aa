package io.credence.claimreview;

import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.claim.Appearance;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.claim.WorkflowStage;
import io.credence.refusal.NotFound;
import io.credence.signature.PublicationSigner;
import io.credence.verdict.Verdict;
import io.credence.verdict.VerdictService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The desk's own fact-checks as schema.org ClaimReview, only while they are published: a claim back
 * in review (new evidence, an editor's move) serves none, since its verdict is no longer the desk's
 * word. Builds each document from the claim, its current verdict and every known appearance.
 */
@ApplicationScoped
public class ClaimReviews {

    private final ClaimService claims;
    private final VerdictService verdicts;
    private final ClaimReviewConfig config;
    private final EntityManager em;
    private final PublicationSigner signer;

    ClaimReviews(
            ClaimService claims,
            VerdictService verdicts,
            ClaimReviewConfig config,
            EntityManager em,
            PublicationSigner signer) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.config = config;
        this.em = em;
        this.signer = signer;
    }

    /** The claim's review; NotFound unless it (or the canonical claim it duplicates) is published with a verdict. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimReviewDocument of(UUID requested, Function<UUID, String> serviceUrl) {
        UUID claimId = claims.canonicalOf(requested);
        Claim claim = claims.require(claimId);
        if (claim.workflowState != WorkflowStage.PUBLISHED) {
            throw new NotFound("Claim " + claimId + " is " + claim.workflowState
                    + ": a ClaimReview is served only while its verdict is published");
        }
        return document(claim, verdicts.requireCurrent(claimId), serviceUrl);
    }

    /** A page of published reviews and the last claim id it covers (where the next page starts). */
    public record FeedPage(List<ClaimReviewDocument> reviews, UUID last) {}

    /** One page of the published reviews, in claim id order after {@code after} (null: from the start). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedPage publishedAfter(UUID after, int limit, Function<UUID, String> serviceUrl) {
        List<Claim> page = em.createQuery("""
                        from Claim c where c.workflowState = ?1 and c.verdictRating is not null and c.duplicateOf is null
                        and (?2 is null or c.id > ?2) order by c.id""", Claim.class)
                .setParameter(1, WorkflowStage.PUBLISHED)
                .setParameter(2, after)
                .setMaxResults(limit)
                .getResultList();
        List<ClaimReviewDocument> documents = new ArrayList<>();
        for (Claim claim : page) {
            documents.add(document(claim, verdicts.requireCurrent(claim.id), serviceUrl));
        }
        return new FeedPage(documents, page.isEmpty() ? null : page.get(page.size() - 1).id);
    }

    /** The imported reviews of each of these claims, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<ReviewSummary>> importedFor(Collection<UUID> claimIds) {
        Map<UUID, List<ReviewSummary>> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        for (Object[] row :
                em.createQuery("""
                        select r.claimId, s.name, r.reviewUrl, r.textualRating, r.rating, r.datePublished
                        from ImportedReview r join Source s on s.id = r.sourceId where r.claimId in ?1
                        order by r.datePublished desc nulls last, r.importedAt desc, r.id""", Object[].class).setParameter(1, claimIds).getResultList()) {
            byClaim.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new ReviewSummary(
                            (UUID) row[0],
                            (String) row[1],
                            (String) row[2],
                            (String) row[3],
                            (Integer) row[4],
                            (LocalDate) row[5]));
        }
        return byClaim;
    }

    private ClaimReviewDocument document(Claim claim, Verdict verdict, Function<UUID, String> serviceUrl) {
        String url = config.reviewUrl()
                .map(u -> u.replace("{id}", claim.id.toString()))
                .orElse(serviceUrl.apply(claim.id));
        ClaimReviewDocument.Thing organisation = new ClaimReviewDocument.Thing(
                "Organization",
                config.organisationName(),
                config.organisationUrl().orElse(null),
                null);
        ClaimReviewDocument.Thing claimant =
                claim.claimant == null ? null : new ClaimReviewDocument.Thing("Person", claim.claimant, null, null);
        List<Appearance> appearances = appearancesOf(claim);
        Instant first = appearances.stream()
                .map(a -> a.publishedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        ClaimReviewDocument unsigned = new ClaimReviewDocument(
                ClaimReviewDocument.SCHEMA_ORG,
                "ClaimReview",
                url,
                claim.text,
                ClaimReviewDocument.date(verdict.publishedAt),
                organisation,
                new ClaimReviewDocument.Rating("Rating", verdict.rating, 5, 1, verdict.label, verdict.rationale),
                new ClaimReviewDocument.ClaimItem(
                        "Claim",
                        claimant,
                        ClaimReviewDocument.date(first),
                        appearances.stream().map(ClaimReviews::creativeWork).toList()),
                eventOf(verdict),
                null);
        return unsigned.signed(signer.sign(unsigned));
    }

    /** The audit event that published the verdict (every verdict has one: it is written in the same transaction). */
    private ClaimReviewDocument.VerdictEvent eventOf(Verdict verdict) {
        return em.createQuery("""
                        select e.chain, e.seq, e.hash from AuditEvent e
                        where e.chain = ?1 and e.action = ?2 and e.entity = ?3 and e.entityId = ?4""", Object[].class)
                .setParameter(1, AuditWriter.claimChain(verdict.claimId))
                .setParameter(2, AuditAction.VERDICT_PUBLISHED.wireName())
                .setParameter(3, AuditAction.VERDICT_PUBLISHED.entity())
                .setParameter(4, verdict.id)
                .getResultStream()
                .findFirst()
                .map(r -> new ClaimReviewDocument.VerdictEvent((String) r[0], (Long) r[1], (String) r[2]))
                .orElseThrow(() -> new IllegalStateException("verdict " + verdict.id + " has no audit event"));
    }

    /**
     * Every place the claim is known to have appeared, each url once: where it was registered from,
     * its confirmed duplicates', the appearances imported reviews name, and the articles that relied on it.
     */
    private List<Appearance> appearancesOf(Claim claim) {
        Map<String, Appearance> byUrl = new LinkedHashMap<>();
        Consumer<Appearance> add = a -> {
            if (a != null && a.url != null) {
                byUrl.putIfAbsent(a.url, a);
            }
        };
        add.accept(claim.appearance);
        em.createQuery(
                        "select c.appearance from Claim c where c.duplicateOf = ?1 order by c.createdAt, c.id",
                        Appearance.class)
                .setParameter(1, claim.id)
                .getResultList()
                .forEach(add);
        ImportedReview.<ImportedReview>list("claimId = ?1 order by importedAt, id", claim.id)
                .forEach(r -> r.appearances.forEach(add));
        em.createQuery("""
                        select a.url from Article a where exists
                        (select 1 from ArticleClaim l where l.articleId = a.id and l.claimId = ?1) order by a.createdAt, a.id""", String.class)
                .setParameter(1, claim.id)
                .getResultList()
                .forEach(url -> {
                    Appearance article = new Appearance();
                    article.url = url;
                    add.accept(article);
                });
        return new ArrayList<>(byUrl.values());
    }

    private static ClaimReviewDocument.Thing creativeWork(Appearance a) {
        return new ClaimReviewDocument.Thing(
                "CreativeWork",
                null,
                a.url,
                a.publisher == null ? null : new ClaimReviewDocument.Thing("Organization", a.publisher, null, null));
    }
}
