package io.credence.evidence;

import io.credence.api.ApiException;
import io.credence.api.Page;
import io.credence.api.PageRequest;
import io.credence.api.Pages;
import io.credence.api.Timestamps;
import io.credence.claim.Claim;
import io.credence.claim.ClaimService;
import io.credence.source.Source;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Attaches evidence to claims and withdraws it. */
@ApplicationScoped
public class EvidenceService {

    private final ClaimService claims;

    EvidenceService(ClaimService claims) {
        this.claims = claims;
    }

    @Transactional
    public Evidence add(UUID claimId, AddEvidenceRequest request) {
        Claim claim = claims.require(claimId);
        requireSource("sourceId", request.sourceId());
        if (request.citesSourceId() != null) {
            requireSource("citesSourceId", request.citesSourceId());
        }
        Instant now = Timestamps.now();
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
        evidence.createdAt = now;
        evidence.persist();
        claim.touch(now);
        return evidence;
    }

    /** Withdraws an item: it stays on record with the reason but no longer counts. */
    @Transactional
    public Evidence withdraw(UUID claimId, UUID evidenceId, WithdrawalRequest request) {
        Claim claim = claims.require(claimId);
        Evidence evidence = require(claimId, evidenceId);
        if (evidence.isWithdrawn()) {
            throw ApiException.conflict("Evidence " + evidenceId + " was already withdrawn at " + evidence.withdrawnAt);
        }
        Instant now = Timestamps.now();
        evidence.withdrawnAt = now;
        evidence.withdrawalReason = request.reason().strip();
        claim.touch(now);
        return evidence;
    }

    /** The item of that claim, or 404 problem details. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evidence require(UUID claimId, UUID evidenceId) {
        claims.require(claimId);
        return Evidence.<Evidence>findByIdOptional(evidenceId)
                .filter(e -> e.claimId.equals(claimId))
                .orElseThrow(() -> ApiException.notFound("Evidence", evidenceId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Evidence> list(UUID claimId, PageRequest page) {
        claims.require(claimId);
        return Pages.of(Evidence.find("claimId", Sort.by("createdAt").and("id"), claimId), page);
    }

    private static void requireSource(String field, UUID id) {
        if (Source.findById(id) == null) {
            throw ApiException.unknownReference(field, id);
        }
    }
}
