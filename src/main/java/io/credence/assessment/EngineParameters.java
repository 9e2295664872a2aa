package io.credence.assessment;

import java.util.EnumMap;
import java.util.Map;

/**
 * Every constant of the confidence engine. The service reads them from {@code credence.assessment.*},
 * where each default is justified; this record only checks that they make sense together.
 *
 * @param trust                    weight of each Admiralty reliability letter, 0..1
 * @param credibilityWeight        evidence weight of each Admiralty credibility number 1..6, non-increasing
 * @param priorWeight              W of the beta mapping: how much evidence counts as "some"
 * @param baseRate                 a: the probability before any evidence
 * @param unverifiedAbove          uncertainty above which a claim is UNVERIFIED (or RUMOUR)
 * @param contestedAt              belief and disbelief both at least this make a claim CONTESTED
 * @param confirmedFrom            P at least this: CONFIRMED
 * @param likelyTrueFrom           P at least this: LIKELY_TRUE
 * @param likelyFalseTo            P at most this: LIKELY_FALSE
 * @param falseTo                  P at most this: FALSE
 * @param highConfidenceUncertainty   uncertainty at most this, with enough origins: HIGH analytic confidence
 * @param highConfidenceOrigins       independent origins needed for HIGH
 * @param moderateConfidenceUncertainty uncertainty at most this, with enough origins: MODERATE
 * @param moderateConfidenceOrigins  independent origins needed for MODERATE
 * @param bounds                   the grade each status needs (rule 1)
 * @param copies                   when two excerpts are copies of one report (rule 2)
 */
public record EngineParameters(
        Map<Reliability, Double> trust,
        Map<Integer, Double> credibilityWeight,
        double priorWeight,
        double baseRate,
        double unverifiedAbove,
        double contestedAt,
        double confirmedFrom,
        double likelyTrueFrom,
        double likelyFalseTo,
        double falseTo,
        double highConfidenceUncertainty,
        int highConfidenceOrigins,
        double moderateConfidenceUncertainty,
        int moderateConfidenceOrigins,
        EvidenceBounds bounds,
        Copies copies) {

    public EngineParameters {
        trust = new EnumMap<>(trust);
        for (Reliability letter : Reliability.values()) {
            Double t = trust.get(letter);
            require(t != null && t >= 0 && t <= 1, "trust of " + letter + " must be 0..1, was " + t);
        }
        credibilityWeight = Map.copyOf(credibilityWeight);
        double previous = Double.POSITIVE_INFINITY;
        for (int n = 1; n <= 6; n++) {
            Double w = credibilityWeight.get(n);
            require(
                    w != null && w >= 0 && w <= previous,
                    "credibility weights must be given for 1..6, non-negative and non-increasing; " + n + " was " + w);
            previous = w;
        }
        require(credibilityWeight.get(2) > 0, "credibility weight of 2 must be positive");
        require(priorWeight > 0, "prior weight W must be positive");
        require(baseRate > 0 && baseRate < 1, "base rate must be between 0 and 1");
        require(unverifiedAbove > 0 && unverifiedAbove <= 1, "unverified-above must be in (0, 1]");
        require(contestedAt > 0 && contestedAt <= 0.5, "contested-at must be in (0, 0.5]");
        require(
                0 < falseTo
                        && falseTo < likelyFalseTo
                        && likelyFalseTo < likelyTrueFrom
                        && likelyTrueFrom < confirmedFrom
                        && confirmedFrom < 1,
                "probability bands must satisfy 0 < false-to < likely-false-to < likely-true-from < confirmed-from < 1");
        // One vocabulary (rule 7): a status band made of whole ICD 203 bands never gets another status's words.
        for (double edge : new double[] {falseTo, likelyFalseTo, likelyTrueFrom, confirmedFrom}) {
            require(
                    Likelihood.isBandEdge(edge),
                    "probability bands must start and end on ICD 203 band edges "
                            + "(0.05, 0.2, 0.45, 0.55, 0.8, 0.95), so that status and likelihood words agree; was "
                            + edge);
        }
        require(bounds != null && copies != null, "evidence bounds and copy detection must be given");
        require(
                highConfidenceUncertainty <= moderateConfidenceUncertainty
                        && highConfidenceOrigins >= moderateConfidenceOrigins
                        && moderateConfidenceOrigins >= 1,
                "HIGH confidence must ask at least as much as MODERATE");
    }

    public double trust(Reliability letter) {
        return trust.get(letter);
    }

    public double credibilityWeight(int credibility) {
        return credibilityWeight.get(credibility);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
