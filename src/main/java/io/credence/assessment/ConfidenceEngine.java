package io.credence.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a claim's evidence into an {@link Assessment}, deterministically and independently of the
 * order of the items. Pure: no I/O, no clock, no framework.
 *
 * <ol>
 *   <li>Each item weighs trust(reliability) × weight(credibility) × (1 − rumour penalty). Its base
 *       weight is the same with credibility 1 ("confirmed by other sources") counted as 2.</li>
 *   <li>Per stance, items of one origin (the same source, or citing the same source) are one
 *       witness: only its strongest item counts.</li>
 *   <li>Per stance, the total is the larger of (a) the sum over origins of their strongest item's
 *       base weight, and (b) the single strongest item at full weight. In (a) the confirmation a
 *       credibility-1 item claims is the other items in the claim, so it is not counted twice; in
 *       (b) it lies outside the claim and the weaker items are part of it. Either way adding an
 *       item never lowers the total, and the result depends only on the set of items.</li>
 *   <li>SUPPORTS gives r, REFUTES gives s; the beta mapping turns them into an {@link Opinion}, and
 *       P = b + a·u. Thresholds on u, b, d and P give the status.</li>
 * </ol>
 * Sums are exact and rounded once ({@link ExactSum}), so no order of addition can change a result.
 */
public final class ConfidenceEngine {

    private final EngineParameters parameters;

    public ConfidenceEngine(EngineParameters parameters) {
        this.parameters = parameters;
    }

    public EngineParameters parameters() {
        return parameters;
    }

    /** trust × credibility weight × (1 − rumour penalty). */
    public double weight(EvidenceItem item) {
        return weightAt(item, item.credibility());
    }

    /** The weight with credibility 1 counted as 2: what the item is worth without its outside confirmation. */
    public double baseWeight(EvidenceItem item) {
        return weightAt(item, Math.max(2, item.credibility()));
    }

    private double weightAt(EvidenceItem item, int credibility) {
        return parameters.trust(item.reliability()) * parameters.credibilityWeight(credibility)
                * (1 - item.rumourPenalty());
    }

    /**
     * @param items            the claim's evidence, in the order the derivation should list it
     * @param rumourGradeClaim whether the claim's own wording is rumour-grade
     */
    public Assessment assess(List<EvidenceItem> items, boolean rumourGradeClaim) {
        Items all = new Items(items);
        StanceTotal supports = all.total(Stance.SUPPORTS);
        StanceTotal refutes = all.total(Stance.REFUTES);

        List<ItemDerivation> derivation = new ArrayList<>(items.size());
        ExactSum runningR = new ExactSum();
        ExactSum runningS = new ExactSum();
        boolean[] weighs = new boolean[all.originCount];
        int origins = 0;
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            if (item.stance() == Stance.SUPPORTS) {
                runningR.add(all.contribution[i]);
            } else if (item.stance() == Stance.REFUTES) {
                runningS.add(all.contribution[i]);
            }
            if (all.isActive(i) && all.weight[i] > 0 && !weighs[all.origin[i]]) {
                weighs[all.origin[i]] = true;
                origins++;
            }
            derivation.add(new ItemDerivation(item.id(), item.sourceId(), item.originId(), item.stance(),
                    item.reliability(), item.credibility(), parameters.trust(item.reliability()),
                    parameters.credibilityWeight(item.credibility()), item.rumourPenalty(), all.weight[i],
                    all.base[i], all.role[i], all.repeatOf[i], all.contribution[i],
                    runningR.value(), runningS.value()));
        }

        Opinion opinion = Opinion.fromEvidence(supports.total(), refutes.total(), parameters.priorWeight(),
                parameters.baseRate());
        double p = opinion.projectedProbability();
        return new Assessment(supports, refutes, parameters.priorWeight(), opinion, p,
                status(opinion, p, rumourGradeClaim), Likelihood.of(p), confidence(opinion, origins),
                rating(p), origins, List.copyOf(derivation));
    }

    /** The items of one assessment with what is computed per item. */
    private final class Items {
        final List<EvidenceItem> list;
        /** Each item's origin as a small number, so that grouping by origin needs no further hashing. */
        final int[] origin;
        final int originCount;
        final double[] weight;
        final double[] base;
        final ItemRole[] role;
        final String[] repeatOf;
        final double[] contribution;

        Items(List<EvidenceItem> list) {
            this.list = list;
            int n = list.size();
            weight = new double[n];
            base = new double[n];
            role = new ItemRole[n];
            repeatOf = new String[n];
            contribution = new double[n];
            origin = new int[n];
            Map<String, Integer> originNumbers = new HashMap<>();
            for (int i = 0; i < n; i++) {
                EvidenceItem item = list.get(i);
                origin[i] = originNumbers.computeIfAbsent(item.originId(), key -> originNumbers.size());
                weight[i] = weight(item);
                base[i] = baseWeight(item);
                if (item.withdrawn()) {
                    role[i] = ItemRole.WITHDRAWN;
                } else if (item.stance() == Stance.CONTEXT) {
                    role[i] = ItemRole.CONTEXT;
                }
            }
            originCount = originNumbers.size();
        }

        boolean isActive(int i) {
            return role[i] != ItemRole.WITHDRAWN && role[i] != ItemRole.CONTEXT;
        }

        /** Decides the role and contribution of every active item of the stance, and their total. */
        StanceTotal total(Stance stance) {
            int[] bestOfOrigin = new int[originCount];
            Arrays.fill(bestOfOrigin, -1);
            int strongest = -1;
            for (int i = 0; i < list.size(); i++) {
                if (!isActive(i) || list.get(i).stance() != stance) {
                    continue;
                }
                int best = bestOfOrigin[origin[i]];
                if (best < 0 || higherBase(i, best)) {
                    bestOfOrigin[origin[i]] = i;
                }
                if (strongest < 0 || heavier(i, strongest)) {
                    strongest = i;
                }
            }
            if (strongest < 0) {
                return new StanceTotal(stance, 0, 0, 0, StanceTotal.Rule.NO_EVIDENCE);
            }
            ExactSum sum = new ExactSum();
            for (int best : bestOfOrigin) {
                if (best >= 0) {
                    sum.add(base[best]);
                }
            }
            double sumOfOrigins = sum.value();
            double alone = weight[strongest];
            boolean summed = sumOfOrigins >= alone;
            for (int i = 0; i < list.size(); i++) {
                if (!isActive(i) || list.get(i).stance() != stance) {
                    continue;
                }
                int counted = summed ? bestOfOrigin[origin[i]] : strongest;
                if (i == counted) {
                    role[i] = ItemRole.COUNTED;
                    contribution[i] = summed ? base[i] : weight[i];
                } else if (summed || origin[i] == origin[strongest]) {
                    role[i] = ItemRole.REPEAT;
                    repeatOf[i] = list.get(counted).id();
                } else {
                    role[i] = ItemRole.CORROBORATION;
                }
            }
            return summed
                    ? new StanceTotal(stance, sumOfOrigins, alone, sumOfOrigins, StanceTotal.Rule.SUM_OF_ORIGINS)
                    : new StanceTotal(stance, sumOfOrigins, alone, alone, StanceTotal.Rule.STRONGEST_ALONE);
        }

        private boolean higherBase(int a, int b) {
            if (base[a] != base[b]) {
                return base[a] > base[b];
            }
            return heavier(a, b);
        }

        private boolean heavier(int a, int b) {
            if (weight[a] != weight[b]) {
                return weight[a] > weight[b];
            }
            return list.get(a).id().compareTo(list.get(b).id()) < 0;
        }
    }

    private Status status(Opinion o, double p, boolean rumourGradeClaim) {
        if (o.uncertainty() > parameters.unverifiedAbove()) {
            return rumourGradeClaim ? Status.RUMOUR : Status.UNVERIFIED;
        }
        if (o.belief() >= parameters.contestedAt() && o.disbelief() >= parameters.contestedAt()) {
            return Status.CONTESTED;
        }
        return switch (rating(p).value()) {
            case 5 -> Status.CONFIRMED;
            case 4 -> Status.LIKELY_TRUE;
            case 2 -> Status.LIKELY_FALSE;
            case 1 -> Status.FALSE;
            default -> Status.UNPROVEN;
        };
    }

    /** ClaimReview rating from P, on the same bands as the statuses. */
    private ClaimReviewRating rating(double p) {
        if (p >= parameters.confirmedFrom()) {
            return ClaimReviewRating.of(5);
        }
        if (p >= parameters.likelyTrueFrom()) {
            return ClaimReviewRating.of(4);
        }
        if (p <= parameters.falseTo()) {
            return ClaimReviewRating.of(1);
        }
        if (p <= parameters.likelyFalseTo()) {
            return ClaimReviewRating.of(2);
        }
        return ClaimReviewRating.of(3);
    }

    private AnalyticConfidence confidence(Opinion o, int origins) {
        if (o.uncertainty() <= parameters.highConfidenceUncertainty() && origins >= parameters.highConfidenceOrigins()) {
            return AnalyticConfidence.HIGH;
        }
        if (o.uncertainty() <= parameters.moderateConfidenceUncertainty()
                && origins >= parameters.moderateConfidenceOrigins()) {
            return AnalyticConfidence.MODERATE;
        }
        return AnalyticConfidence.LOW;
    }
}
