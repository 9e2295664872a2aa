package io.credence.evidence;

import io.credence.assessment.AnalyticConfidence;
import io.credence.assessment.Assessment;
import io.credence.assessment.EngineParameters;
import io.credence.assessment.ItemDerivation;
import io.credence.assessment.ItemRole;
import io.credence.assessment.Reliability;
import io.credence.assessment.StanceTotal;
import io.credence.assessment.Stance;
import io.credence.assessment.Status;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assessment", description = "What the confidence engine concludes about a claim, and every step of how: "
        + "with the derivation and the thresholds, the probability can be recomputed by hand.")
public record AssessmentResponse(
        UUID claimId,
        @Schema(examples = "LIKELY_TRUE") Status status,
        @Schema(description = "P = b + a·u.", examples = "0.8214") double probability,
        @Schema(description = "b = r / (r + s + W).", examples = "0.6429") double belief,
        @Schema(description = "d = s / (r + s + W).", examples = "0") double disbelief,
        @Schema(description = "u = W / (r + s + W).", examples = "0.3571") double uncertainty,
        @Schema(description = "a: the probability before any evidence.", examples = "0.5") double baseRate,
        @Schema(description = "W: the prior weight of the beta mapping.", examples = "2") double priorWeight,
        @Schema(description = "P in ICD 203 words.", examples = "very likely") String likelihood,
        @Schema(description = "ICD 203 analytic confidence, from u and the number of independent origins.",
                examples = "LOW") AnalyticConfidence confidence,
        @Schema(description = "Independent origins whose supporting or refuting items weigh anything.", examples = "1")
        int independentOrigins,
        Rating rating,
        @Schema(description = "How r, the supporting weight, was reached.") Total r,
        @Schema(description = "How s, the refuting weight, was reached.") Total s,
        Thresholds thresholds,
        @Schema(description = "Every evidence item, oldest first, with its factors and the running r and s.")
        List<Item> derivation) {

    @Schema(name = "ClaimReviewRating", description = "schema.org ClaimReview rating from P: 1 false .. 5 true.")
    public record Rating(@Schema(examples = "4") int value, @Schema(examples = "Mostly true") String label) {
    }

    @Schema(name = "StanceTotal", description = "total = max(sumOfOrigins, strongestAlone).")
    public record Total(
            @Schema(description = "Sum over origins of each origin's strongest item at base weight.", examples = "2.8")
            double sumOfOrigins,
            @Schema(description = "The single strongest item at full weight.", examples = "3.6") double strongestAlone,
            @Schema(examples = "3.6") double total,
            @Schema(examples = "STRONGEST_ALONE") StanceTotal.Rule rule) {

        static Total of(StanceTotal t) {
            return new Total(t.sumOfOrigins(), t.strongestAlone(), t.total(), t.rule());
        }
    }

    @Schema(name = "AssessmentThresholds", description = "The thresholds that turn the opinion into a status.")
    public record Thresholds(
            @Schema(description = "u above this: UNVERIFIED (RUMOUR if the claim is rumour-grade).", examples = "0.5")
            double unverifiedAbove,
            @Schema(description = "b and d both at least this: CONTESTED.", examples = "0.3") double contestedAt,
            @Schema(description = "P at least this: CONFIRMED.", examples = "0.85") double confirmedFrom,
            @Schema(description = "P at least this: LIKELY_TRUE.", examples = "0.65") double likelyTrueFrom,
            @Schema(description = "P at most this: LIKELY_FALSE.", examples = "0.35") double likelyFalseTo,
            @Schema(description = "P at most this: FALSE.", examples = "0.15") double falseTo) {

        static Thresholds of(EngineParameters p) {
            return new Thresholds(p.unverifiedAbove(), p.contestedAt(), p.confirmedFrom(), p.likelyTrueFrom(),
                    p.likelyFalseTo(), p.falseTo());
        }
    }

    @Schema(name = "DerivationItem", description = "weight = trust × credibilityWeight × (1 − rumourPenalty); "
            + "baseWeight is the same with credibility 1 counted as 2.")
    public record Item(
            UUID evidenceId,
            UUID sourceId,
            @Schema(description = "Whose report it is: the cited source, or its own.") UUID originId,
            @Schema(examples = "SUPPORTS") Stance stance,
            @Schema(examples = "A") Reliability reliability,
            @Schema(examples = "1") int credibility,
            @Schema(examples = "1.0") double trust,
            @Schema(examples = "3.6") double credibilityWeight,
            @Schema(examples = "0") double rumourPenalty,
            @Schema(examples = "3.6") double weight,
            @Schema(examples = "2.8") double baseWeight,
            @Schema(description = "COUNTED, REPEAT (of repeatOf), CORROBORATION (part of a credibility-1 item's "
                    + "confirmation), CONTEXT or WITHDRAWN.", examples = "COUNTED") ItemRole role,
            @Schema(description = "For a repeat: the counted item of the same origin and stance.") UUID repeatOf,
            @Schema(description = "What it added to r or s.", examples = "3.6") double contribution,
            @Schema(description = "r after this item.", examples = "3.6") double runningR,
            @Schema(description = "s after this item.", examples = "0") double runningS) {

        static Item of(ItemDerivation d) {
            return new Item(UUID.fromString(d.id()), UUID.fromString(d.sourceId()), UUID.fromString(d.originId()),
                    d.stance(), d.reliability(), d.credibility(), d.trust(), d.credibilityWeight(), d.rumourPenalty(),
                    d.weight(), d.baseWeight(), d.role(), d.repeatOf() == null ? null : UUID.fromString(d.repeatOf()),
                    d.contribution(), d.runningR(), d.runningS());
        }
    }

    static AssessmentResponse of(UUID claimId, Assessment a, EngineParameters parameters) {
        return new AssessmentResponse(claimId, a.status(), a.probability(), a.opinion().belief(),
                a.opinion().disbelief(), a.opinion().uncertainty(), a.opinion().baseRate(), a.priorWeight(),
                a.likelihood().words(), a.confidence(), a.independentOrigins(),
                new Rating(a.rating().value(), a.rating().label()), Total.of(a.supports()), Total.of(a.refutes()),
                Thresholds.of(parameters), a.derivation().stream().map(Item::of).toList());
    }
}
