package io.credence.trackrecord;

import io.credence.assessment.Reliability;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TrackRecord",
        description = "How a source's first-hand reports fared against the desk's published verdicts, "
                + "and the rating the record suggests (docs/ASSESSMENT.md, \"Sources judged by their record\").")
public record TrackRecordResponse(
        UUID sourceId,
        @Schema(description = "The source's rating now.") Reliability reliability,

        @Schema(description = "Claims with a published verdict (not mixed) the source reported on first-hand.")
        int resolved,

        @Schema(description = "Of those, where its standing report agreed with the verdict.")
        int agreed,

        @Schema(description = "Where it disagreed.") int disagreed,

        @Schema(description = "Where it withdrew every report it made.")
        int withdrawn,

        @Schema(
                description = "Beta-reputation estimate of the share of its reports that are right: (agreed + 1) / "
                        + "(resolved + 2).",
                examples = "0.86")
        double estimate,

        Interval credibleInterval,

        @Schema(
                description = "The rating the record suggests; absent when the record is too thin, fits the rating, or "
                        + "its suggestion was dismissed at this size.")
        Suggestion suggestion,

        @Schema(description = "The dismissal that hides the suggestion the record makes now, if any.")
        Dismissal dismissed,

        @Schema(description = "The resolved claims, at most " + TrackRecordResponse.CLAIMS_SHOWN + ".")
        List<Claim> claims) {

    static final int CLAIMS_SHOWN = 100;

    @Schema(name = "CredibleInterval")
    public record Interval(
            double low,
            double high,
            @Schema(examples = "0.9") double level) {}

    @Schema(name = "RatingSuggestion")
    public record Suggestion(
            Reliability reliability,
            @Schema(enumeration = {"RAISE", "LOWER"}) String direction,
            @Schema(description = "Why, with the counts.") String because) {}

    @Schema(name = "RatingSuggestionDismissal")
    public record Dismissal(
            UUID id, Reliability suggested, int resolved, String reason, String dismissedBy, Instant dismissedAt) {

        static Dismissal of(RatingSuggestionDismissal d) {
            return d == null
                    ? null
                    : new Dismissal(d.id, d.suggested, d.resolved, d.reason, d.dismissedBy, d.dismissedAt);
        }
    }

    @Schema(name = "ResolvedClaim")
    public record Claim(
            UUID claimId,
            String text,

            @Schema(description = "The published verdict, 1 false .. 5 true.")
            int verdictRating,

            @Schema(description = "The source's standing stance.")
            String stance,

            @Schema(enumeration = {"AGREED", "DISAGREED", "WITHDRAWN"})
            String outcome) {}

    static TrackRecordResponse of(TrackRecords.Standing standing) {
        TrackRecord r = standing.record();
        TrackRecord.Suggestion s = standing.suggestion();
        return new TrackRecordResponse(
                standing.source().id,
                r.current(),
                r.resolvedCount(),
                r.agreed(),
                r.disagreed(),
                r.withdrawn(),
                r.estimate(),
                new Interval(r.low(), r.high(), r.level()),
                s == null ? null : new Suggestion(s.reliability(), s.direction().name(), s.because()),
                Dismissal.of(standing.dismissed()),
                r.resolved().stream()
                        .limit(CLAIMS_SHOWN)
                        .map(c -> new Claim(
                                c.claimId(),
                                c.claimText(),
                                c.verdictRating(),
                                c.stance(),
                                c.outcome().name()))
                        .toList());
    }
}
