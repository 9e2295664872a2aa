package io.credence.evidence;

import io.credence.api.Uuids;
import io.credence.assessment.Assessment;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EvidenceItem;
import io.credence.assessment.Reliability;
import io.credence.assessment.Stance;
import io.credence.assessment.Status;
import io.credence.webhook.Webhooks;
import io.credence.claim.Claim;
import io.credence.language.RumourGrade;
import io.credence.source.ReliabilityChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each claim's stored assessment in step with its evidence, inside the transaction that
 * changes the evidence. Callers hold the claim's row lock, so two changes to one claim apply in turn.
 */
@ApplicationScoped
public class ClaimAssessor {

    /**
     * The items that can count, one query: per stance and origin the item with the highest base
     * weight, and per stance the single heaviest item (ConfidenceEngine explains why these two).
     * Repeats, withdrawn and context items stay in the database.
     */
    private static final String COUNTABLE_ITEMS = """
            select e.id, e.source_id, e.origin_id, e.stance, e.credibility, e.rumour_penalty, s.reliability
            from (select x.id, x.source_id, x.origin_id, x.stance, x.credibility, x.rumour_penalty,
                         row_number() over (partition by x.stance, x.origin_id
                                            order by x.base_weight desc, x.weight desc, x.id) as best_of_origin,
                         row_number() over (partition by x.stance order by x.weight desc, x.id) as heaviest
                  from evidence x
                  where x.claim_id = ?1 and x.withdrawn_at is null and x.stance <> 'CONTEXT') e
            join source s on s.id = e.source_id
            where e.best_of_origin = 1 or e.heaviest = 1
            """;

    private final EntityManager em;
    private final ConfidenceEngine engine;
    private final RumourGrade rumourGrade;
    private final Webhooks webhooks;

    ClaimAssessor(EntityManager em, ConfidenceEngine engine, RumourGrade rumourGrade, Webhooks webhooks) {
        this.em = em;
        this.engine = engine;
        this.rumourGrade = rumourGrade;
        this.webhooks = webhooks;
    }

    /** Sets the item's rumour penalty from its excerpt's wording. */
    void judgeWording(Evidence evidence) {
        evidence.rumourPenalty = rumourGrade.penaltyOf(evidence.excerpt);
    }

    /** Sets the item's weights from its source's reliability (and its rumour penalty), as the engine computes them. */
    void weigh(Evidence evidence, Reliability reliability) {
        EvidenceItem item = evidence.toItem(reliability);
        evidence.weight = engine.weight(item);
        evidence.baseWeight = engine.baseWeight(item);
    }

    /**
     * Recomputes and stores the claim's assessment from the items that can count. Pending changes
     * are flushed first so the query sees them; call it before changing the claim itself, so that
     * the claim is written (and its version moved on) once.
     */
    void reassess(Claim claim) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTABLE_ITEMS).setParameter(1, claim.id).getResultList();
        List<EvidenceItem> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            items.add(new EvidenceItem(Uuids.of(row[0]).toString(), Uuids.of(row[1]).toString(), Uuids.of(row[2]).toString(),
                    Stance.valueOf((String) row[3]), ((Number) row[4]).intValue(),
                    Reliability.valueOf(row[6].toString().strip()), ((Number) row[5]).doubleValue(), false));
        }
        Status before = claim.status;
        Assessment assessment = engine.assess(items, rumourGrade.of(claim.text));
        claim.record(assessment);
        if (before != claim.status) {
            webhooks.emit(Webhooks.CLAIM_STATUS_CHANGED, Webhooks.data("claimId", claim.id, "from", before,
                    "to", claim.status, "probability", assessment.probability()));
        }
    }

    /** The full assessment of a claim, every item in the derivation, oldest first. */
    Assessment explain(Claim claim) {
        List<Object[]> rows = em.createQuery("""
                        select e, s.reliability from Evidence e, Source s
                        where s.id = e.sourceId and e.claimId = ?1 order by e.createdAt, e.id""", Object[].class)
                .setParameter(1, claim.id)
                .getResultList();
        List<EvidenceItem> items = rows.stream()
                .map(row -> ((Evidence) row[0]).toItem((Reliability) row[1]))
                .toList();
        return engine.assess(items, rumourGrade.of(claim.text));
    }

    /** A new rating changes the weight of every item from the source, and so every claim they bear on. */
    void onReliabilityChanged(@Observes ReliabilityChanged changed) {
        Set<UUID> claims = new LinkedHashSet<>();
        List<Evidence> items = Evidence.list("sourceId = ?1 order by claimId", changed.sourceId());
        for (Evidence evidence : items) {
            weigh(evidence, changed.reliability());
            claims.add(evidence.claimId);
        }
        for (UUID claimId : claims) {
            reassess(em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE));
        }
    }
}
