package io.credence.assessment;

import java.util.List;

/**
 * How one evidence item entered an assessment, with everything needed to recompute it by hand:
 * weight = trust(grade's letter) × credibilityWeight × (1 − rumourPenalty), where the letter is the
 * weakest on the item's way from its origin (rule 4); baseWeight is the same with a credibility of 1
 * counted as 2; contribution is what it added to r or s; runningR and runningS are r and s after it.
 *
 * @param path         the sources its report passed through, its own first and its origin last
 * @param grade        the grade it counts at: the weakest letter on its path, with its credibility
 * @param repeatOf     for a REPEAT or COPY, the counted item of the same origin and stance
 * @param copyOf       the earliest item whose excerpt it copies, if any
 * @param supersededBy for a SUPERSEDED item, the correction
 * @param note         what became of it, in words
 */
public record ItemDerivation(
        String id,
        String sourceId,
        String sourceName,
        String originId,
        String originName,
        List<String> path,
        Stance stance,
        Reliability reliability,
        int credibility,
        Grade grade,
        double trust,
        double credibilityWeight,
        double rumourPenalty,
        double weight,
        double baseWeight,
        ItemRole role,
        String repeatOf,
        String copyOf,
        String supersededBy,
        double contribution,
        double runningR,
        double runningS,
        String note) {}
