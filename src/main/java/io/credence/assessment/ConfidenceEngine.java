package io.credence.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a claim's evidence into an {@link Assessment}, deterministically and independently of the
 * order of the items. Pure: no I/O, no clock, no framework.
 *
 * <ol>
 *   <li>{@link Provenance} finds each item's origin: citations followed to the root, near-identical
 *       excerpts merged into the earliest, the weakest rating on the way (rules 2-4); it marks
 *       corrections and repeats of withdrawn reports (rules 5, 6).</li>
 *   <li>Each item weighs trust(its grade's letter) × weight(credibility) × (1 − rumour penalty).
 *       Only items of at least the counting grade count (rule 1); the others stay listed.</li>
 *   <li>Per stance, items of one origin are one witness: only its strongest item counts. The total is
 *       the larger of the sum over origins of their strongest item's base weight (credibility 1
 *       counted as 2: its confirmation is then the other items) and the single strongest item at
 *       full weight. Adding an item never lowers it; it depends only on the set of items.</li>
 *   <li>SUPPORTS gives r, REFUTES gives s; the beta mapping turns them into an {@link Opinion}, and
 *       P = b + a·u. Thresholds on u, b, d and P give the status. CONFIRMED (FALSE) is decided on the
 *       strong items alone and needs one of the confirming grade and a second origin (rule 1);
 *       without them the status stops one band short and says why.</li>
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
    private double weightAt(Reliability letter, int credibility, double rumourPenalty) {
        return parameters.trust(letter) * parameters.credibilityWeight(credibility) * (1 - rumourPenalty);
    }

    /**
     * Assesses a claim from its evidence.
     *
     * @param items            the claim's evidence, in the order the derivation should list it
     * @param rumourGradeClaim whether the claim's own wording is rumour-grade
     */
    public Assessment assess(List<EvidenceItem> items, boolean rumourGradeClaim) {
        return new Run(items, rumourGradeClaim).assess();
    }

    /** One assessment in progress: per item what is known of it, decided step by step. */
    private final class Run {
        final List<EvidenceItem> list;
        final boolean rumourGradeClaim;
        final Provenance provenance;
        final int n;
        final Grade[] grade;
        final double[] weight;
        final double[] base;
        final ItemRole[] role;
        final String[] repeatOf;
        final String[] note;
        final double[] contribution;
        /** Each item's origin as a small number, so that grouping by origin needs no further hashing. */
        final int[] origin;

        final int originCount;

        Run(List<EvidenceItem> list, boolean rumourGradeClaim) {
            this.list = list;
            this.rumourGradeClaim = rumourGradeClaim;
            this.provenance = new Provenance(list, parameters.copies());
            n = list.size();
            grade = new Grade[n];
            weight = new double[n];
            base = new double[n];
            role = new ItemRole[n];
            repeatOf = new String[n];
            note = new String[n];
            contribution = new double[n];
            origin = new int[n];
            Map<String, Integer> originNumbers = new HashMap<>();
            for (int i = 0; i < n; i++) {
                EvidenceItem item = list.get(i);
                origin[i] = originNumbers.computeIfAbsent(provenance.origin[i], key -> originNumbers.size());
                grade[i] = new Grade(provenance.reliability[i], item.credibility());
                weight[i] = weightAt(grade[i].reliability(), item.credibility(), item.rumourPenalty());
                base[i] = weightAt(grade[i].reliability(), Math.max(2, item.credibility()), item.rumourPenalty());
                role[i] = roleBeforeCounting(i);
            }
            originCount = originNumbers.size();
        }

        private ItemRole roleBeforeCounting(int i) {
            EvidenceItem item = list.get(i);
            if (item.withdrawn()) {
                note[i] = "withdrawn";
                return ItemRole.WITHDRAWN;
            }
            if (item.stance() == Stance.CONTEXT) {
                note[i] = "context: neither supports nor refutes";
                return ItemRole.CONTEXT;
            }
            if (provenance.supersededBy[i] >= 0) {
                note[i] = "corrected by " + provenance.nameOf(item.sourceId()) + "'s later item";
                return ItemRole.SUPERSEDED;
            }
            if (provenance.repeatsWithdrawn[i]) {
                note[i] = "repeats " + originName(i) + "'s withdrawn report";
                return ItemRole.REPEATS_WITHDRAWN;
            }
            if (!grade[i].atLeast(parameters.bounds().countsFrom())) {
                note[i] = "graded " + grade[i] + ", below "
                        + parameters.bounds().countsFrom() + ": listed, does not count";
                return ItemRole.BELOW_BOUND;
            }
            return null;
        }

        Assessment assess() {
            boolean[] counting = new boolean[n];
            for (int i = 0; i < n; i++) {
                counting[i] = role[i] == null;
            }
            Decision decision = decide(counting);
            StanceTotal supports = total(Stance.SUPPORTS, decision.deciding);
            StanceTotal refutes = total(Stance.REFUTES, decision.deciding);
            for (int i = 0; i < n; i++) {
                if (counting[i] && !decision.deciding[i]) {
                    role[i] = ItemRole.BELOW_BOUND;
                    note[i] = "graded " + grade[i] + ", below the "
                            + parameters.bounds().secondFrom() + " that decides " + decision.status
                            + ": listed, does not count";
                }
            }
            double p = decision.opinion.projectedProbability();
            double reported = reported(decision.status, p);
            List<ItemDerivation> derivation = derivation();
            int origins = independentOrigins();
            Assessment draft = new Assessment(
                    supports,
                    refutes,
                    parameters.priorWeight(),
                    decision.opinion,
                    p,
                    reported,
                    decision.status,
                    Vocabulary.likelihood(decision.status, reported),
                    confidence(decision.opinion, origins),
                    Vocabulary.rating(decision.status),
                    decision.cap,
                    origins,
                    "",
                    derivation);
            return new Assessment(
                    supports,
                    refutes,
                    draft.priorWeight(),
                    draft.opinion(),
                    p,
                    reported,
                    draft.status(),
                    draft.likelihood(),
                    draft.confidence(),
                    draft.rating(),
                    draft.cap(),
                    origins,
                    Explanation.of(draft, list, provenance, parameters.bounds()),
                    derivation);
        }

        @SuppressWarnings("ArrayRecordComponent") // a carrier, never compared or hashed as a whole
        private record Decision(Status status, Opinion opinion, boolean[] deciding, Assessment.Cap cap) {}

        /**
         * The status from all counting items; CONFIRMED (FALSE) only if the strong items alone reach
         * it, otherwise one band short with the reason.
         */
        private Decision decide(boolean[] counting) {
            Opinion all = opinionOf(counting);
            Status status = statusOf(all, rumourGradeClaim);
            if (status != Status.CONFIRMED && status != Status.FALSE) {
                return new Decision(status, all, counting, null);
            }
            Stance side = status == Status.CONFIRMED ? Stance.SUPPORTS : Stance.REFUTES;
            Assessment.Cap cap = whatIsMissing(side, counting);
            if (cap == null) {
                boolean[] strong = counting.clone();
                for (int i = 0; i < n; i++) {
                    if (list.get(i).stance() == side
                            && !grade[i].atLeast(parameters.bounds().secondFrom())) {
                        strong[i] = false;
                    }
                }
                Opinion decisive = opinionOf(strong);
                if (statusOf(decisive) == status) {
                    return new Decision(status, decisive, strong, null);
                }
                cap = Assessment.Cap.STRONG_ITEMS_NOT_ENOUGH;
            }
            return new Decision(side == Stance.SUPPORTS ? Status.LIKELY_TRUE : Status.LIKELY_FALSE, all, counting, cap);
        }

        /** Null when the side has an item of the confirming grade and a second origin of the second grade. */
        private Assessment.Cap whatIsMissing(Stance side, boolean[] counting) {
            EvidenceBounds bounds = parameters.bounds();
            Set<Integer> strongOrigins = new HashSet<>();
            Set<Integer> secondOrigins = new HashSet<>();
            for (int i = 0; i < n; i++) {
                if (!counting[i] || list.get(i).stance() != side || weight[i] <= 0) {
                    continue;
                }
                if (grade[i].atLeast(bounds.confirmsFrom())) {
                    strongOrigins.add(origin[i]);
                }
                if (grade[i].atLeast(bounds.secondFrom())) {
                    secondOrigins.add(origin[i]);
                }
            }
            if (strongOrigins.isEmpty()) {
                return Assessment.Cap.NO_STRONG_ITEM;
            }
            return secondOrigins.size() >= 2 ? null : Assessment.Cap.NO_SECOND_ORIGIN;
        }

        private Opinion opinionOf(boolean[] eligible) {
            return Opinion.fromEvidence(
                    sum(Stance.SUPPORTS, eligible),
                    sum(Stance.REFUTES, eligible),
                    parameters.priorWeight(),
                    parameters.baseRate());
        }

        private double sum(Stance stance, boolean[] eligible) {
            return total(stance, eligible, false).total();
        }

        /** Decides the role and contribution of every eligible item of the stance, and their total. */
        private StanceTotal total(Stance stance, boolean[] eligible) {
            return total(stance, eligible, true);
        }

        /** The stance's total over the eligible items; with {@code assign}, also each item's role in it. */
        private StanceTotal total(Stance stance, boolean[] eligible, boolean assign) {
            int[] bestOfOrigin = new int[originCount];
            Arrays.fill(bestOfOrigin, -1);
            int strongest = -1;
            for (int i = 0; i < n; i++) {
                if (!eligible[i] || list.get(i).stance() != stance) {
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
            for (int i = 0; assign && i < n; i++) {
                if (!eligible[i] || list.get(i).stance() != stance) {
                    continue;
                }
                int counted = summed ? bestOfOrigin[origin[i]] : strongest;
                if (i == counted) {
                    role[i] = ItemRole.COUNTED;
                    contribution[i] = summed ? base[i] : weight[i];
                    note[i] = "counted for " + originName(i) + " at " + grade[i];
                } else if (summed || origin[i] == origin[strongest]) {
                    role[i] = provenance.copyOf[i] >= 0 ? ItemRole.COPY : ItemRole.REPEAT;
                    repeatOf[i] = list.get(counted).id();
                    note[i] = provenance.copyOf[i] >= 0
                            ? "near-identical to " + sourceName(provenance.copyOf[i])
                                    + "'s earlier excerpt: one origin, counted once"
                            : "one origin with " + sourceName(counted) + "'s item (" + originName(i)
                                    + "), counted once";
                } else {
                    role[i] = ItemRole.CORROBORATION;
                    note[i] = "part of the outside confirmation " + sourceName(strongest)
                            + "'s credibility-1 item claims";
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

        /** Heavier first; between equals, the origin's own report, then the earliest observed, then the smallest id. */
        private boolean heavier(int a, int b) {
            if (weight[a] != weight[b]) {
                return weight[a] > weight[b];
            }
            boolean ownA = list.get(a).sourceId().equals(provenance.origin[a]);
            boolean ownB = list.get(b).sourceId().equals(provenance.origin[b]);
            if (ownA != ownB) {
                return ownA;
            }
            return Provenance.EARLIEST.compare(list.get(a), list.get(b)) < 0;
        }

        private List<ItemDerivation> derivation() {
            List<ItemDerivation> rows = new ArrayList<>(n);
            ExactSum runningR = new ExactSum();
            ExactSum runningS = new ExactSum();
            for (int i = 0; i < n; i++) {
                EvidenceItem item = list.get(i);
                if (item.stance() == Stance.SUPPORTS) {
                    runningR.add(contribution[i]);
                } else if (item.stance() == Stance.REFUTES) {
                    runningS.add(contribution[i]);
                }
                List<String> way = provenance.path.get(i);
                String[] path = new String[way.size()];
                for (int k = 0; k < path.length; k++) {
                    path[k] = provenance.nameOf(way.get(k));
                }
                int copy = provenance.copyOf[i];
                int correction = provenance.supersededBy[i];
                rows.add(new ItemDerivation(
                        item.id(),
                        item.sourceId(),
                        sourceName(i),
                        provenance.origin[i],
                        originName(i),
                        List.of(path),
                        item.stance(),
                        item.reliability(),
                        item.credibility(),
                        grade[i],
                        parameters.trust(grade[i].reliability()),
                        parameters.credibilityWeight(item.credibility()),
                        item.rumourPenalty(),
                        weight[i],
                        base[i],
                        role[i],
                        repeatOf[i],
                        copy >= 0 ? list.get(copy).id() : null,
                        correction >= 0 ? list.get(correction).id() : null,
                        contribution[i],
                        runningR.value(),
                        runningS.value(),
                        note[i]));
            }
            return rows;
        }

        private int independentOrigins() {
            boolean[] weighs = new boolean[originCount];
            int origins = 0;
            for (int i = 0; i < n; i++) {
                boolean decides = role[i] == ItemRole.COUNTED
                        || role[i] == ItemRole.REPEAT
                        || role[i] == ItemRole.COPY
                        || role[i] == ItemRole.CORROBORATION;
                if (decides && weight[i] > 0 && !weighs[origin[i]]) {
                    weighs[origin[i]] = true;
                    origins++;
                }
            }
            return origins;
        }

        private String sourceName(int i) {
            return provenance.nameOf(list.get(i).sourceId());
        }

        private String originName(int i) {
            return provenance.nameOf(provenance.origin[i]);
        }
    }

    /**
     * The probability shown with a status stays inside its band: a LIKELY_TRUE (LIKELY_FALSE) reads at
     * most one hundredth short of CONFIRMED (FALSE), whether a bound capped it or P fell just short
     * (0.796 would round to 0.80, CONFIRMED's edge). Holding it there keeps P monotone in the evidence.
     */
    private double reported(Status status, double p) {
        return switch (status) {
            case LIKELY_TRUE -> Math.min(p, (Math.round(parameters.confirmedFrom() * 100) - 1) / 100.0);
            case LIKELY_FALSE -> Math.max(p, (Math.round(parameters.falseTo() * 100) + 1) / 100.0);
            default -> p;
        };
    }

    private Status statusOf(Opinion o) {
        return statusOf(o, false);
    }

    private Status statusOf(Opinion o, boolean rumourGradeClaim) {
        if (o.uncertainty() > parameters.unverifiedAbove()) {
            return rumourGradeClaim ? Status.RUMOUR : Status.UNVERIFIED;
        }
        if (o.belief() >= parameters.contestedAt() && o.disbelief() >= parameters.contestedAt()) {
            return Status.CONTESTED;
        }
        double p = o.projectedProbability();
        if (p >= parameters.confirmedFrom()) {
            return Status.CONFIRMED;
        }
        if (p >= parameters.likelyTrueFrom()) {
            return Status.LIKELY_TRUE;
        }
        if (p <= parameters.falseTo()) {
            return Status.FALSE;
        }
        if (p <= parameters.likelyFalseTo()) {
            return Status.LIKELY_FALSE;
        }
        return Status.UNPROVEN;
    }

    private AnalyticConfidence confidence(Opinion o, int origins) {
        if (o.uncertainty() <= parameters.highConfidenceUncertainty()
                && origins >= parameters.highConfidenceOrigins()) {
            return AnalyticConfidence.HIGH;
        }
        if (o.uncertainty() <= parameters.moderateConfidenceUncertainty()
                && origins >= parameters.moderateConfidenceOrigins()) {
            return AnalyticConfidence.MODERATE;
        }
        return AnalyticConfidence.LOW;
    }
}
