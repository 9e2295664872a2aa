package io.credence.verdict;

import io.credence.api.ApiException;
import io.credence.api.ETags;
import io.credence.api.ProblemType;
import io.credence.api.Timestamps;
import io.credence.assessment.ClaimReviewRating;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditTrail;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.webhook.Webhooks;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes fact-checkers' verdicts; a new one supersedes the last, and both stay. */
@ApplicationScoped
public class VerdictService {

    private final ClaimService claims;
    private final AuditTrail trail;
    private final SecurityIdentity caller;
    private final Webhooks webhooks;

    VerdictService(ClaimService claims, AuditTrail trail, SecurityIdentity caller, Webhooks webhooks) {
        this.claims = claims;
        this.trail = trail;
        this.caller = caller;
        this.webhooks = webhooks;
    }

    /**
     * Publishes a verdict on the claim as it stands at the ETag given: the claim is locked, so of
     * several editors sending the same ETag exactly one succeeds and the others get 412.
     */
    /** A published verdict, and the claim's version that publishing it wrote (its new ETag). */
    public record Published(Verdict verdict, long claimVersion) {
    }

    @Transactional
    public Published publish(UUID claimId, VerdictRequest request, String ifMatch) {
        Claim claim = claims.requireForUpdate(claimId);
        ETags.requireIfMatch(ifMatch, claim.version);
        Instant now = Timestamps.now();
        Verdict previous = current(claimId);
        if (previous != null) {
            previous.supersededAt = now;
        }
        Verdict verdict = new Verdict();
        verdict.id = UUID.randomUUID();
        verdict.claimId = claimId;
        verdict.rating = request.rating();
        verdict.label = request.label() == null || request.label().isBlank()
                ? ClaimReviewRating.of(request.rating()).label() : request.label().strip();
        verdict.rationale = request.rationale().strip();
        verdict.publishedBy = caller.getPrincipal().getName();
        verdict.publishedAt = now;
        verdict.persist();
        claim.verdictRating = verdict.rating;
        claim.verdictLabel = verdict.label;
        claim.touch(now);
        trail.record(AuditTrail.claimChain(claimId), AuditAction.VERDICT_PUBLISHED, verdict.id, verdict.rationale,
                VerdictState.of(previous), VerdictState.of(verdict));
        webhooks.emit(Webhooks.CLAIM_VERDICT_PUBLISHED, Webhooks.data("claimId", claimId, "verdictId", verdict.id,
                "rating", verdict.rating, "label", verdict.label, "computedRating", claim.computedRating));
        Claim.flush(); // moves the claim's version on now, so the answer carries the version this write made
        return new Published(verdict, claim.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Verdict requireCurrent(UUID claimId) {
        claims.require(claimId);
        Verdict verdict = current(claimId);
        if (verdict == null) {
            throw new ApiException(ProblemType.NOT_FOUND, "Claim " + claimId + " has no published verdict");
        }
        return verdict;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Verdict> history(UUID claimId) {
        claims.require(claimId);
        return Verdict.list("claimId", Sort.by("publishedAt").and("id"), claimId);
    }

    private static Verdict current(UUID claimId) {
        return Verdict.<Verdict>find("claimId = ?1 and supersededAt is null", claimId).firstResult();
    }
}
