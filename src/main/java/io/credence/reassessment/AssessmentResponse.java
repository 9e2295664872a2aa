package io.credence.reassessment;

import io.credence.assessment.AnalyticConfidence;
import io.credence.assessment.Assessment;
import io.credence.assessment.EngineParameters;
import io.credence.assessment.ItemDerivation;
import io.credence.assessment.ItemRole;
import io.credence.assessment.Opinion;
import io.credence.assessment.Reliability;
import io.credence.assessment.Rounding;
import io.credence.assessment.Stance;
import io.credence.assessment.StanceTotal;
import io.credence.assessment.Status;
import io.credence.assessment.WhatWouldChange;
import io.credence.claim.WouldChange;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Assessment",
        description = "What the confidence engine concludes about a claim, and every step of how: "
                + "with the derivation and the thresholds, the probability can be recomputed by hand.")
public record AssessmentResponse(
        UUID claimId,
        @Schema(examples = "LIKELY_TRUE") Status status,

        @Schema(
                description = "Why the claim has its status, in plain words with source names.",
                examples = "Leans true: Wire (B2) reports it first-hand, and 3 other items repeat that report "
                        + "(counted once); no second independent origin graded C3 or better, so it is not confirmed.")
        String explanation,

        @Schema(
                description = "The probability shown with the status, to the hundredth: P, held inside the "
                        + "status's band when a bound capped the status (see cap).",
                examples = "0.77")
        double probability,

        @Schema(
                description = "The status's ICD 203 likelihood words, or why there is no judgement.",
                examples = "likely")
        String likelihood,

        @Schema(
                description = "Why the status stops short of CONFIRMED (FALSE) though P reached that band: "
                        + "NO_STRONG_ITEM, NO_SECOND_ORIGIN or STRONG_ITEMS_NOT_ENOUGH; absent otherwise.")
        Assessment.Cap cap,

        @Schema(description = "b = r / (r + s + W), to the hundredth.", examples = "0.53")
        double belief,

        @Schema(description = "d = s / (r + s + W), to the hundredth.", examples = "0")
        double disbelief,

        @Schema(description = "u = W / (r + s + W), to the hundredth.", examples = "0.47")
        double uncertainty,

        @Schema(
                description = "ICD 203 analytic confidence, from u and the number of independent origins.",
                examples = "LOW")
        AnalyticConfidence confidence,

        @Schema(description = "Independent origins whose deciding items weigh anything.", examples = "1")
        int independentOrigins,

        Rating rating,

        @Schema(description = "The exact arithmetic, for recomputing the result by hand.")
        Derivation derivation,

        @Schema(
                description = "What would move the status: the weakest additions for each status they reach, "
                        + "supporting then refuting, and the one withdrawal that moves the probability most.")
        List<WouldChange> wouldChange) {

    @Schema(
            name = "ClaimReviewRating",
            description =
                    "schema.org ClaimReview rating of the status: 1 false .. 5 true; "
                            + "3 for a claim not judged (UNVERIFIED, RUMOUR, CONTESTED) or UNPROVEN, with a label saying which.")
    public record Rating(
            @Schema(examples = "4") int value,
            @Schema(examples = "Mostly true") String label) {}

    @Schema(
            name = "AssessmentDerivation",
            description = "Exact values: r and s, the opinion, P before any cap, "
                    + "the parameters that turned them into the status, and every evidence item.")
    public record Derivation(
            @Schema(description = "How r, the supporting weight, was reached.")
            Total r,

            @Schema(description = "How s, the refuting weight, was reached.")
            Total s,

            @Schema(description = "b, exact.") double belief,
            @Schema(description = "d, exact.") double disbelief,
            @Schema(description = "u, exact.") double uncertainty,

            @Schema(description = "P = b + a·u of the opinion, exact, before any cap.")
            double probability,

            @Schema(description = "a: the probability before any evidence.", examples = "0.5")
            double baseRate,

            @Schema(description = "W: the prior weight of the beta mapping.", examples = "2")
            double priorWeight,

            Thresholds thresholds,

            @Schema(
                    description = "Every evidence item, oldest first, with its factors, what became of it and the "
                            + "running r and s.")
            List<Item> items) {}

    @Schema(
            name = "StanceTotal",
            description = "total = max(sumOfOrigins, strongestAlone): SUM_OF_ORIGINS adds each "
                    + "independent origin's strongest item (credibility 1 counted as 2), STRONGEST_ALONE takes one "
                    + "credibility-1 item whose outside confirmation outweighs them.")
    public record Total(
            @Schema(description = "Sum over origins of each origin's strongest item at base weight.", examples = "2.24")
            double sumOfOrigins,

            @Schema(description = "The single strongest item at full weight.", examples = "2.24")
            double strongestAlone,

            @Schema(examples = "2.24") double total,
            @Schema(examples = "SUM_OF_ORIGINS") StanceTotal.Rule rule) {

        static Total of(StanceTotal t) {
            return new Total(t.sumOfOrigins(), t.strongestAlone(), t.total(), t.rule());
        }
    }

    @Schema(name = "AssessmentThresholds", description = "The parameters that turn the evidence into a status.")
    public record Thresholds(
            @Schema(description = "u above this: UNVERIFIED (RUMOUR if the claim is rumour-grade).", examples = "0.5")
            double unverifiedAbove,

            @Schema(description = "b and d both at least this: CONTESTED.", examples = "0.3")
            double contestedAt,

            @Schema(description = "P at least this: CONFIRMED.", examples = "0.8")
            double confirmedFrom,

            @Schema(description = "P at least this: LIKELY_TRUE.", examples = "0.55")
            double likelyTrueFrom,

            @Schema(description = "P at most this: LIKELY_FALSE.", examples = "0.45")
            double likelyFalseTo,

            @Schema(description = "P at most this: FALSE.", examples = "0.2")
            double falseTo,

            @Schema(description = "Items graded below this never count.", examples = "D4")
            String countsFrom,

            @Schema(description = "CONFIRMED (FALSE) needs an item graded at least this...", examples = "B2")
            String confirmsFrom,

            @Schema(
                    description =
                            "... and a second independent origin graded at least this; only such items decide it.",
                    examples = "C3")
            String secondFrom) {

        static Thresholds of(EngineParameters p) {
            return new Thresholds(
                    p.unverifiedAbove(),
                    p.contestedAt(),
                    p.confirmedFrom(),
                    p.likelyTrueFrom(),
                    p.likelyFalseTo(),
                    p.falseTo(),
                    p.bounds().countsFrom().toString(),
                    p.bounds().confirmsFrom().toString(),
                    p.bounds().secondFrom().toString());
        }
    }

    @Schema(
            name = "DerivationItem",
            description = "weight = trust(grade's letter) × credibilityWeight × "
                    + "(1 − rumourPenalty), the letter being the weakest on the item's path from its origin; baseWeight is "
                    + "the same with credibility 1 counted as 2.")
    public record Item(
            UUID evidenceId,
            UUID sourceId,
            @Schema(examples = "Wire") String sourceName,

            @Schema(
                    description = "Whose report it ultimately is: citations followed to the root, copies merged "
                            + "into the earliest.")
            UUID originId,

            @Schema(examples = "Wire") String originName,

            @Schema(description = "The sources its report passed through, its own first and the origin last.")
            List<String> path,

            @Schema(examples = "SUPPORTS") Stance stance,

            @Schema(description = "Its own source's reliability.", examples = "B")
            Reliability reliability,

            @Schema(examples = "2") int credibility,

            @Schema(
                    description = "The grade it counts at: the weakest letter on its path, with its credibility.",
                    examples = "B2")
            String grade,

            @Schema(examples = "0.8") double trust,
            @Schema(examples = "2.8") double credibilityWeight,
            @Schema(examples = "0") double rumourPenalty,
            @Schema(examples = "2.24") double weight,
            @Schema(examples = "2.24") double baseWeight,

            @Schema(
                    description = "COUNTED, REPEAT or COPY (of repeatOf), CORROBORATION, BELOW_BOUND, SUPERSEDED "
                            + "(by supersededBy), REPEATS_WITHDRAWN, CONTEXT or WITHDRAWN.",
                    examples = "COUNTED")
            ItemRole role,

            @Schema(description = "What became of it, in words.", examples = "counted for Wire at B2")
            String note,

            @Schema(description = "For a repeat or copy: the counted item of the same origin and stance.")
            UUID repeatOf,

            @Schema(description = "The earliest item whose excerpt it copies.")
            UUID copyOf,

            @Schema(description = "The later item of the same source that corrects it.")
            UUID supersededBy,

            @Schema(description = "What it added to r or s.", examples = "2.24")
            double contribution,

            @Schema(description = "r after this item.", examples = "2.24")
            double runningR,

            @Schema(description = "s after this item.", examples = "0")
            double runningS) {

        static Item of(ItemDerivation d) {
            return new Item(
                    UUID.fromString(d.id()),
                    UUID.fromString(d.sourceId()),
                    d.sourceName(),
                    UUID.fromString(d.originId()),
                    d.originName(),
                    d.path(),
                    d.stance(),
                    d.reliability(),
                    d.credibility(),
                    d.grade().toString(),
                    d.trust(),
                    d.credibilityWeight(),
                    d.rumourPenalty(),
                    d.weight(),
                    d.baseWeight(),
                    d.role(),
                    d.note(),
                    uuid(d.repeatOf()),
                    uuid(d.copyOf()),
                    uuid(d.supersededBy()),
                    d.contribution(),
                    d.runningR(),
                    d.runningS());
        }

        private static UUID uuid(String id) {
            return id == null ? null : UUID.fromString(id);
        }
    }

    static AssessmentResponse of(
            UUID claimId, Assessment a, EngineParameters parameters, List<WhatWouldChange.Change> wouldChange) {
        Opinion o = a.opinion();
        return new AssessmentResponse(
                claimId,
                a.status(),
                a.explanation(),
                Rounding.hundredths(a.probability()),
                a.likelihood(),
                a.cap(),
                Rounding.hundredths(o.belief()),
                Rounding.hundredths(o.disbelief()),
                Rounding.hundredths(o.uncertainty()),
                a.confidence(),
                a.independentOrigins(),
                new Rating(a.rating().value(), a.rating().label()),
                new Derivation(
                        Total.of(a.supports()),
                        Total.of(a.refutes()),
                        o.belief(),
                        o.disbelief(),
                        o.uncertainty(),
                        a.evidenceProbability(),
                        o.baseRate(),
                        a.priorWeight(),
                        Thresholds.of(parameters),
                        a.derivation().stream().map(Item::of).toList()),
                WouldChange.of(wouldChange));
    }
}
