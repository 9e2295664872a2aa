package io.credence.evidence;

import io.credence.assessment.Stance;
import io.credence.language.FlagResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evidence", description = "An evidence item attached to a claim.")
public record EvidenceResponse(
        @Schema(examples = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        UUID id,

        @Schema(examples = "3b241101-e2bb-4255-8caf-4136c566a962")
        UUID claimId,

        @Schema(examples = "0f8fad5b-d9cb-469f-a165-70867728950e")
        UUID sourceId,

        @Schema(examples = "SUPPORTS") Stance stance,
        @Schema(examples = "2") int credibility,
        @Schema(examples = "https://example.org/report") String url,

        @Schema(examples = "Officials confirmed the shipment of gold.")
        String excerpt,

        Instant observedAt,

        @Schema(description = "The source this item repeats, if any.")
        UUID citesSourceId,

        @Schema(description = "Rumour-grade language in the excerpt.")
        List<FlagResponse> rumourFlags,

        @Schema(
                description = "0..1: the excerpt's rumour score; the item's weight is multiplied by (1 − penalty).",
                examples = "0")
        double rumourPenalty,

        Instant createdAt,

        @Schema(description = "Whether the item was withdrawn; a withdrawn item no longer counts.", examples = "false")
        boolean withdrawn,

        Instant withdrawnAt,
        String withdrawalReason,

        @Schema(
                description = "Ruled its own origin by an editor, however like another item it reads.",
                examples = "false")
        boolean independent) {

    static EvidenceResponse of(Evidence e, List<FlagResponse> rumourFlags) {
        return new EvidenceResponse(
                e.id,
                e.claimId,
                e.sourceId,
                e.stance,
                e.credibility,
                e.url,
                e.excerpt,
                e.observedAt,
                e.citesSourceId,
                rumourFlags,
                e.rumourPenalty,
                e.createdAt,
                e.isWithdrawn(),
                e.withdrawnAt,
                e.withdrawalReason,
                e.independent);
    }
}
