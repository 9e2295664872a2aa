package io.credence.verdict;

import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.claim.VerdictChanged;
import io.credence.refusal.ExpectedVersion;
import io.credence.refusal.NotFound;
import io.credence.time.Timestamps;
import io.credence.webhook.Webhooks;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes fact-checkers' verdicts; a new one supersedes the last, and both stay. */
@ApplicationScoped
public class VerdictService {

    private final ClaimService claims;
    private final AuditWriter audit;
    private final SecurityIdentity caller;
    private final Webhooks webhooks;

    private final Event<VerdictChanged> verdictChanged;
    private final RatingScaleConfig scale;
    private final Timestamps timestamps;

    VerdictService(
            ClaimService claims,
            AuditWriter audit,
            SecurityIdentity caller,
            Webhooks webhooks,
            Event<VerdictChanged> verdictChanged,
            RatingScaleConfig scale,
            Timestamps timestamps) {
        this.scale = scale;
        if (scale.labels().size() != 5
                || scale.labels().stream()
                        .anyMatch(l -> l.isBlank() || l.strip().length() > 100)) {
            throw new IllegalStateException("credence.rating-scale.labels must be five labels of 1 to 100 characters, "
                    + "for ratings 1 (false) to 5 (true); was " + scale.labels());
        }
        this.verdictChanged = verdictChanged;
        this.claims = claims;
        this.audit = audit;
        this.caller = caller;
        this.webhooks = webhooks;
        this.timestamps = timestamps;
    }

    /** A published verdict, and the claim's version that publishing it wrote (its new ETag). */
    public record Published(Verdict verdict, long claimVersion) {}

    /** Reads the rating scale at start, so that a wrong one stops the service instead of a publication. */
    void checkScale(@Observes StartupEvent start) {
        scale.labelOf(5);
    }

    /**
     * Publishes a verdict on the claim as it stands at the version given: the claim is locked, so of
     * several editors sending the same version exactly one succeeds and the others are refused
     * (StaleVersion).
     */
    @Transactional
    public Published publish(UUID claimId, VerdictRequest request, ExpectedVersion expected) {
        Claim claim = claims.requireForUpdate(claimId);
        expected.check("claim", claim.version);
        Instant now = timestamps.now();
        Verdict previous = current(claimId);
        if (previous != null) {
            previous.supersededAt = now;
        }
        Verdict verdict = new Verdict();
        verdict.id = UUID.randomUUID();
        verdict.claimId = claimId;
        verdict.rating = request.rating();
        verdict.label = request.label() == null || request.label().isBlank()
                ? scale.labelOf(request.rating())
                : request.label().strip();
        verdict.rationale = request.rationale().strip();
        verdict.publishedBy = caller.getPrincipal().getName();
        verdict.publishedAt = now;
        verdict.persist();
        claim.verdictRating = verdict.rating;
        claim.verdictLabel = verdict.label;
        claim.touch(now);
        audit.record(
                AuditWriter.claimChain(claimId),
                AuditAction.VERDICT_PUBLISHED,
                verdict.id,
                verdict.rationale,
                VerdictState.of(previous),
                VerdictState.of(verdict));
        webhooks.emit(new VerdictPublished(claimId, verdict.id, verdict.rating, verdict.label, claim.computedRating));
        verdictChanged.fire(new VerdictChanged(
                claimId,
                previous == null ? null : VerdictChanged.of(previous.rating, previous.label),
                VerdictChanged.of(verdict.rating, verdict.label),
                verdict.rationale));
        Claim.flush(); // moves the claim's version on now, so the answer carries the version this write made
        return new Published(verdict, claim.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Verdict requireCurrent(UUID claimId) {
        claims.require(claimId);
        Verdict verdict = current(claimId);
        if (verdict == null) {
            throw new NotFound("Claim " + claimId + " has no published verdict");
        }
        return verdict;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Verdict> history(UUID claimId) {
        claims.require(claimId);
        return Verdict.list("claimId", Sort.by("publishedAt").and("id"), claimId);
    }

    private static Verdict current(UUID claimId) {
        return Verdict.<Verdict>find("claimId = ?1 and supersededAt is null", claimId)
                .firstResult();
    }
}
