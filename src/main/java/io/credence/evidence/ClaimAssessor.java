package io.credence.evidence;

import io.credence.audit.AuditTrail;
import io.credence.assessment.Assessment;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EvidenceItem;
import io.credence.assessment.Reliability;
import io.credence.assessment.Status;
import io.credence.webhook.Webhooks;
import io.credence.claim.Claim;
import io.credence.language.RumourGrade;
import io.credence.source.ReliabilityChanged;
import io.credence.source.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    private final EntityManager em;
    private final ConfidenceEngine engine;
    private final RumourGrade rumourGrade;
    private final Webhooks webhooks;
    private final AuditTrail trail;

    ClaimAssessor(EntityManager em, ConfidenceEngine engine, RumourGrade rumourGrade, Webhooks webhooks,
                  AuditTrail trail) {
        this.em = em;
        this.trail = trail;
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
        EvidenceItem item = evidence.toItem(new EvidenceItem.SourceRef(evidence.sourceId.toString(), null, reliability),
                null);
        evidence.weight = engine.weight(item);
        evidence.baseWeight = engine.baseWeight(item);
    }

    /**
     * Recomputes and stores the claim's assessment from all its items. Pending changes are flushed
     * first so the query sees them; call it before changing the claim itself, so that the claim is
     * written (and its version moved on) once. A changed status is an event in the claim's own
     * chain, by the engine, with its cause (rule 9).
     *
     * @param cause what triggered the reassessment, in words ("evidence … added")
     */
    void reassess(Claim claim, String cause) {
        em.flush();
        Status before = claim.status;
        Assessment assessment = engine.assess(itemsOf(claim.id), rumourGrade.of(claim.text));
        claim.record(assessment);
        if (before != claim.status) {
            trail.recordAs(AuditTrail.ENGINE, AuditTrail.claimChain(claim.id), "claim.status-computed", "claim",
                    claim.id, cause, before == null ? null : new ComputedStatus(before, null, null),
                    ComputedStatus.of(assessment));
            webhooks.emit(Webhooks.CLAIM_STATUS_CHANGED, Webhooks.data("claimId", claim.id, "from", before,
                    "to", claim.status, "probability", assessment.probability()));
        }
    }

    /** The full assessment of a claim, every item in the derivation, oldest first. */
    Assessment explain(Claim claim) {
        return engine.assess(itemsOf(claim.id), rumourGrade.of(claim.text));
    }

    /** Every item of the claim, oldest first, with its source and the source it cites as now rated. */
    private List<EvidenceItem> itemsOf(UUID claimId) {
        return em.createQuery("""
                        select e, s.name, s.reliability, c.name, c.reliability from Evidence e
                        join Source s on s.id = e.sourceId left join Source c on c.id = e.citesSourceId
                        where e.claimId = ?1 order by e.createdAt, e.id""", Object[].class)
                .setParameter(1, claimId)
                .getResultList().stream()
                .map(row -> {
                    Evidence e = (Evidence) row[0];
                    EvidenceItem.SourceRef cited = e.citesSourceId == null ? null
                            : new EvidenceItem.SourceRef(e.citesSourceId.toString(), (String) row[3], (Reliability) row[4]);
                    return e.toItem(new EvidenceItem.SourceRef(e.sourceId.toString(), (String) row[1],
                            (Reliability) row[2]), cited);
                })
                .toList();
    }

    /** A new rating changes the weight of every item from the source, and so every claim they bear on. */
    void onReliabilityChanged(@Observes ReliabilityChanged changed) {
        Set<UUID> claims = new LinkedHashSet<>();
        // Items citing the source are weighed at the weaker of the two ratings, so their claims change too.
        List<Evidence> items = Evidence.list("sourceId = ?1 or citesSourceId = ?1 order by claimId", changed.sourceId());
        for (Evidence evidence : items) {
            if (evidence.sourceId.equals(changed.sourceId())) {
                weigh(evidence, changed.reliability());
            }
            claims.add(evidence.claimId);
        }
        String cause = "source " + em.find(Source.class, changed.sourceId()).name + " re-rated "
                + changed.reliability();
        for (UUID claimId : claims) {
            reassess(em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE), cause);
        }
    }
}
