package io.credence.evidence;

import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.Listing;
import io.credence.refusal.Conflict;
import io.credence.refusal.NotFound;
import io.credence.refusal.UnknownReference;
import io.credence.source.Source;
import io.credence.time.Timestamps;
import io.credence.webhook.Webhooks;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Attaches evidence to claims and withdraws it. */
@ApplicationScoped
public class EvidenceService {

    private final ClaimService claims;
    private final Reassessor assessor;
    private final AuditWriter audit;
    private final Webhooks webhooks;
    private final Timestamps timestamps;

    EvidenceService(
            ClaimService claims, Reassessor assessor, AuditWriter audit, Webhooks webhooks, Timestamps timestamps) {
        this.claims = claims;
        this.assessor = assessor;
        this.audit = audit;
        this.webhooks = webhooks;
        this.timestamps = timestamps;
    }

    /** Attaches the item and reassesses its claim in the same transaction. */
    @Transactional
    public Evidence add(UUID claimId, AddEvidenceRequest request) {
        // The source is read-locked first: a re-rating in flight commits before this item is weighed,
        // so the item never counts at a rating its claim's reassessment job has already passed.
        // A missing claim is refused (NotFound) by the claim's lock.
        requireSource("sourceId", request.sourceId(), LockModeType.PESSIMISTIC_READ);
        if (request.citesSourceId() != null) {
            requireSource("citesSourceId", request.citesSourceId(), LockModeType.NONE);
        }
        Claim claim = claims.requireForUpdate(claimId);
        Instant now = timestamps.now();
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.claimId = claimId;
        evidence.sourceId = request.sourceId();
        evidence.stance = request.stance();
        evidence.credibility = request.credibility();
        evidence.url = request.url();
        evidence.excerpt = request.excerpt();
        evidence.observedAt = request.observedAt();
        evidence.citesSourceId = request.citesSourceId();
        evidence.originId = request.citesSourceId() != null ? request.citesSourceId() : request.sourceId();
        evidence.independent = Boolean.TRUE.equals(request.independent());
        evidence.createdAt = now;
        assessor.judgeWording(evidence);
        evidence.persist();
        // The cause first, then what the engine made of it (its own event when the status moves).
        audit.record(
                AuditWriter.claimChain(claimId),
                AuditAction.EVIDENCE_ADDED,
                evidence.id,
                null,
                null,
                EvidenceState.of(evidence));
        assessor.reassess(claim, "evidence " + evidence.id + " added");
        claim.touch(now);
        webhooks.emit(new EvidenceAdded(claimId, evidence.id, evidence.stance, evidence.sourceId));
        claims.reopenIfPublished(claim);
        return evidence;
    }

    /** Withdraws an item: it stays on record with the reason but no longer counts. */
    @Transactional
    public Evidence withdraw(UUID claimId, UUID evidenceId, WithdrawalRequest request) {
        // The claim is locked before the item is read, so two withdrawals of one item cannot both pass.
        Claim claim = claims.requireForUpdate(claimId);
        Evidence evidence = itemOf(claimId, evidenceId);
        if (evidence.isWithdrawn()) {
            throw new Conflict("Evidence " + evidenceId + " was already withdrawn at " + evidence.withdrawnAt);
        }
        EvidenceState before = EvidenceState.of(evidence);
        Instant now = timestamps.now();
        evidence.withdrawnAt = now;
        evidence.withdrawalReason = request.reason().strip();
        audit.record(
                AuditWriter.claimChain(claimId),
                AuditAction.EVIDENCE_WITHDRAWN,
                evidenceId,
                evidence.withdrawalReason,
                before,
                EvidenceState.of(evidence));
        assessor.reassess(claim, "evidence " + evidenceId + " withdrawn: " + evidence.withdrawalReason);
        claim.touch(now);
        return evidence;
    }

    /** Records an editor's ruling that the item is (or is not) its own origin, and reassesses its claim. */
    @Transactional
    public Evidence ruleIndependence(UUID claimId, UUID evidenceId, IndependenceRuling ruling) {
        Claim claim = claims.requireForUpdate(claimId);
        Evidence evidence = itemOf(claimId, evidenceId);
        if (evidence.independent == ruling.independent()) {
            return evidence;
        }
        EvidenceState before = EvidenceState.of(evidence);
        evidence.independent = ruling.independent();
        audit.record(
                AuditWriter.claimChain(claimId),
                AuditAction.EVIDENCE_INDEPENDENCE_RULED,
                evidenceId,
                ruling.reason().strip(),
                before,
                EvidenceState.of(evidence));
        assessor.reassess(
                claim,
                "evidence " + evidenceId + " ruled " + (ruling.independent() ? "independent" : "not independent") + ": "
                        + ruling.reason().strip());
        claim.touch(timestamps.now());
        return evidence;
    }

    /** The item of that claim; NotFound when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evidence require(UUID claimId, UUID evidenceId) {
        claims.require(claimId);
        return itemOf(claimId, evidenceId);
    }

    private static Evidence itemOf(UUID claimId, UUID evidenceId) {
        return Evidence.<Evidence>findByIdOptional(evidenceId)
                .filter(e -> e.claimId.equals(claimId))
                .orElseThrow(() -> new NotFound("Evidence", evidenceId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Evidence> list(UUID claimId, PageQuery page) {
        claims.require(claimId);
        return Listing.where(
                        Evidence.class,
                        "claimId = :claimId",
                        Map.of("claimId", claimId),
                        Sort.by("createdAt").and("id"))
                .page(page);
    }

    /**
     * The claims a source bears on, directly or as the source an item cites, most recently touched first:
     * what a source page lists.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> claimsCiting(UUID sourceId, int limit) {
        return Evidence.getEntityManager()
                .createQuery(
                        "select e.claimId from Evidence e where e.sourceId = ?1 "
                                + "or e.citesSourceId = ?1 group by e.claimId order by max(e.createdAt) desc",
                        UUID.class)
                .setParameter(1, sourceId)
                .setMaxResults(limit)
                .getResultList();
    }

    private static Source requireSource(String field, UUID id, LockModeType lock) {
        return Source.<Source>findByIdOptional(id, lock).orElseThrow(() -> new UnknownReference(field, "source", id));
    }
}
