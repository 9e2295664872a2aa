package io.credence.claimreview;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ImportedOrganisation",
        description = "An organisation whose ClaimReviews were imported, known by the "
                + "domain its reviews are published on, never by its name.")
public record OrganisationResponse(
        UUID id,

        @Schema(
                description = "The host its reviews are published on (lower case, without www.).",
                examples = "factcheck.example")
        String domain,

        @Schema(description = "The name the first feed gave it: shown, never matched.")
        String name,

        @Schema(description = "The source registered for it on first sight, rated F.")
        UUID ownSourceId,

        @Schema(description = "The source its reviews count as: its own, or the one an admin linked it to.")
        UUID sourceId,

        @Schema(description = "Whether an admin linked it to another source than its own.")
        boolean linked,

        @Schema(description = "Why, as the admin said.") String linkRationale,
        Instant linkedAt,

        @Schema(description = "Its imported reviews on record.")
        long reviews,

        Instant createdAt) {

    static OrganisationResponse of(ReviewOrganisation o, long reviews) {
        return new OrganisationResponse(
                o.id,
                o.domain,
                o.name,
                o.ownSourceId,
                o.sourceId,
                o.linked(),
                o.linkRationale,
                o.linkedAt,
                reviews,
                o.createdAt);
    }
}
