package io.credence.assessment;

/**
 * How one evidence item entered an assessment, with everything needed to recompute it by hand:
 * weight = trust × credibilityWeight × (1 − rumourPenalty); baseWeight is the same with a
 * credibility of 1 counted as 2; contribution is what it added to r or s (baseWeight when its
 * stance is summed over origins, weight when it stands alone, 0 for the other roles); runningR
 * and runningS are r and s after this item.
 *
 * @param repeatOf for a REPEAT, the counted item of the same origin and stance
 */
public record ItemDerivation(
        String id,
        String sourceId,
        String originId,
        Stance stance,
        Reliability reliability,
        int credibility,
        double trust,
        double credibilityWeight,
        double rumourPenalty,
        double weight,
        double baseWeight,
        ItemRole role,
        String repeatOf,
        double contribution,
        double runningR,
        double runningS) {
}
