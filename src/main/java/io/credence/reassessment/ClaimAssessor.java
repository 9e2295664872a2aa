package io.credence.reassessment;

import io.credence.assessment.Assessment;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EvidenceItem;
import io.credence.assessment.Reliability;
import io.credence.assessment.Stance;
import io.credence.assessment.Status;
import io.credence.assessment.WhatWouldChange;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.claim.Claim;
import io.credence.claim.ClaimStatusesMoved;
import io.credence.evidence.Evidence;
import io.credence.evidence.Reassessor;
import io.credence.language.RumourGrade;
import io.credence.webhook.EventType;
import io.credence.webhook.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each claim's stored assessment in step with its evidence. Callers hold the claim's row lock
 * (or let {@link #reassessAll} take it), so two changes to one claim apply in turn.
 */
@ApplicationScoped
public class ClaimAssessor implements Reassessor {

    /** What the engine needs of every item of some claims, with its source and the source it cites, oldest first. */
    private static final String ITEMS = """
            select e.id, e.claimId, e.sourceId, e.stance, e.credibility, e.citesSourceId, e.excerpt, e.observedAt,
                   e.createdAt, e.rumourPenalty, e.withdrawnAt, e.independent, s.name, s.reliability, c.name, c.reliability
            from Evidence e join Source s on s.id = e.sourceId left join Source c on c.id = e.citesSourceId
            where e.claimId %s order by e.claimId, e.createdAt, e.id""";

    private static final String ITEMS_OF_CLAIMS = ITEMS.formatted("in ?1");
    /**
     * The same for one claim, what every change to evidence asks. Hibernate translates a query with a
     * list parameter to SQL again on every run (a twentieth of adding evidence's CPU); this one once.
     */
    private static final String ITEMS_OF_CLAIM = ITEMS.formatted("= ?1");

    private final EntityManager em;
    private final ConfidenceEngine engine;
    private final RumourGrade rumourGrade;
    private final Webhooks webhooks;
    private final AuditWriter audit;
    private final Event<ClaimStatusesMoved> statusesMoved;

    ClaimAssessor(
            EntityManager em,
            ConfidenceEngine engine,
            RumourGrade rumourGrade,
            Webhooks webhooks,
            AuditWriter audit,
            Event<ClaimStatusesMoved> statusesMoved) {
        this.statusesMoved = statusesMoved;
        this.em = em;
        this.engine = engine;
        this.rumourGrade = rumourGrade;
        this.webhooks = webhooks;
        this.audit = audit;
    }

    @Override
    public void judgeWording(Evidence evidence) {
        evidence.rumourPenalty = rumourGrade.penaltyOf(evidence.excerpt);
    }

    /** Pending changes are flushed first, so that the query sees them. */
    @Override
    public void reassess(Claim claim, String cause) {
        em.flush();
        store(claim, itemsOf(claim.id), cause);
    }

    /**
     * Reassesses a batch of claims in the caller's transaction: locks them in id order (as every
     * batch does, so two workers cannot deadlock), reads all their items in one query.
     *
     * @param rejudgeWording whether to judge the excerpts' rumour penalties again first (the lexicon changed)
     * @return how many claims changed status
     */
    int reassessAll(List<UUID> claimIds, String cause, boolean rejudgeWording) {
        List<Claim> claims = em.createQuery("from Claim c where c.id in ?1 order by c.id", Claim.class)
                .setParameter(1, claimIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (rejudgeWording) {
            em.createQuery("from Evidence e where e.claimId in ?1", Evidence.class)
                    .setParameter(1, claimIds)
                    .getResultList()
                    .forEach(this::judgeWording);
            em.flush();
        }
        Map<UUID, List<EvidenceItem>> items = itemsOf(claimIds);
        List<StatusChange> changes = new ArrayList<>();
        for (Claim claim : claims) {
            assessAndRecord(claim, items.getOrDefault(claim.id, List.of())).ifPresent(changes::add);
        }
        audit.lockChains(changes.stream()
                .map(change -> AuditWriter.claimChain(change.claim().id))
                .toList());
        changes.forEach(change -> recordChange(change, cause));
        webhooks.emitAll(
                EventType.CLAIM_STATUS_CHANGED,
                changes.stream().map(StatusChange::event).toList());
        announce(changes, cause);
        return changes.size();
    }

    private record StatusChange(Claim claim, Status before, Assessment assessment) {
        ClaimStatusChanged event() {
            return new ClaimStatusChanged(claim.id, before, claim.status, assessment.probability());
        }
    }

    /** What the engine makes of each of these claims' items now, by claim id, without storing anything. */
    Map<UUID, Assessment> assessNow(List<Claim> claims) {
        Map<UUID, List<EvidenceItem>> items =
                itemsOf(claims.stream().map(c -> c.id).toList());
        Map<UUID, Assessment> assessments = new HashMap<>();
        for (Claim claim : claims) {
            assessments.put(
                    claim.id,
                    engine.assess(items.getOrDefault(claim.id, List.of()), rumourGrade.ofClaim(claim.id, claim.text)));
        }
        return assessments;
    }

    /**
     * The full assessment of a claim (every item in the derivation, oldest first) and the changes of
     * evidence that would move its status.
     */
    public Explained explain(Claim claim) {
        List<EvidenceItem> items = itemsOf(claim.id);
        boolean rumour = rumourGrade.ofClaim(claim.id, claim.text);
        Assessment assessment = engine.assess(items, rumour);
        return new Explained(assessment, new WhatWouldChange(engine).of(items, rumour, assessment));
    }

    /** An assessment with what would change it. */
    public record Explained(Assessment assessment, List<WhatWouldChange.Change> wouldChange) {}

    /**
     * Stores the claim's assessment. A changed status is an event in the claim's own chain, by the
     * engine, with its cause (rule 9), and a webhook.
     */
    private void store(Claim claim, List<EvidenceItem> items, String cause) {
        assessAndRecord(claim, items).ifPresent(change -> {
            recordChange(change, cause);
            webhooks.emit(change.event());
            announce(List.of(change), cause);
        });
    }

    private void announce(List<StatusChange> changes, String cause) {
        if (!changes.isEmpty()) {
            statusesMoved.fire(new ClaimStatusesMoved(
                    changes.stream()
                            .map(c -> new ClaimStatusesMoved.Move(c.claim().id, c.before(), c.claim().status))
                            .toList(),
                    cause));
        }
    }

    /** Assesses the claim and stores the result on it; the status change, if it moved. */
    private Optional<StatusChange> assessAndRecord(Claim claim, List<EvidenceItem> items) {
        Status before = claim.status;
        Assessment assessment = engine.assess(items, rumourGrade.ofClaim(claim.id, claim.text));
        claim.record(assessment);
        return before == claim.status ? Optional.empty() : Optional.of(new StatusChange(claim, before, assessment));
    }

    private void recordChange(StatusChange change, String cause) {
        audit.recordAs(
                AuditWriter.ENGINE,
                AuditWriter.claimChain(change.claim().id),
                AuditAction.CLAIM_STATUS_COMPUTED,
                change.claim().id,
                cause,
                new ComputedStatus(change.before(), null, null),
                ComputedStatus.of(change.assessment()));
    }

    private List<EvidenceItem> itemsOf(UUID claimId) {
        return em.createQuery(ITEMS_OF_CLAIM, Object[].class).setParameter(1, claimId).getResultList().stream()
                .map(ClaimAssessor::item)
                .toList();
    }

    private Map<UUID, List<EvidenceItem>> itemsOf(List<UUID> claimIds) {
        Map<UUID, List<EvidenceItem>> byClaim = new HashMap<>();
        for (Object[] row : em.createQuery(ITEMS_OF_CLAIMS, Object[].class)
                .setParameter(1, claimIds)
                .getResultList()) {
            byClaim.computeIfAbsent((UUID) row[1], id -> new ArrayList<>()).add(item(row));
        }
        return byClaim;
    }

    private static EvidenceItem item(Object[] row) {
        UUID cites = (UUID) row[5];
        Instant observed = row[7] != null ? (Instant) row[7] : (Instant) row[8];
        return new EvidenceItem(
                row[0].toString(),
                new EvidenceItem.SourceRef(row[2].toString(), (String) row[12], (Reliability) row[13]),
                (Stance) row[3],
                (Integer) row[4],
                cites == null
                        ? null
                        : new EvidenceItem.SourceRef(cites.toString(), (String) row[14], (Reliability) row[15]),
                (String) row[6],
                observed,
                (Double) row[9],
                row[10] != null,
                (Boolean) row[11]);
    }
}
