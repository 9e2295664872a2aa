package io.credence.claim;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Rebuilds a claim as it stood at an instant, from the audit trail (implemented where the evidence lives). */
public interface ClaimHistory {

    /** Empty when the claim did not exist at that instant. */
    Optional<ClaimAsOfResponse> asOf(UUID claimId, Instant asOf);
}
