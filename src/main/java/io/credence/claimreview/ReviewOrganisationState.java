package io.credence.claimreview;

import java.time.Instant;
import java.util.UUID;

/** An imported organisation as the audit trail records it. */
record ReviewOrganisationState(
        UUID id, String domain, String name, UUID ownSourceId, UUID sourceId, String linkRationale, Instant linkedAt) {

    static ReviewOrganisationState of(ReviewOrganisation o) {
        return new ReviewOrganisationState(
                o.id, o.domain, o.name, o.ownSourceId, o.sourceId, o.linkRationale, o.linkedAt);
    }
}
