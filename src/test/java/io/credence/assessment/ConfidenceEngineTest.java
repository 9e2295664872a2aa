package io.credence.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed cases: every expected number is worked out in the comment beside it. W = 2, a = 0.5. */
class ConfidenceEngineTest {

    private static final double EPS = 1e-12;
    private final ConfidenceEngine engine = new ConfidenceEngine(Parameters.SHIPPED);

    @Test
    void noEvidenceIsUnverifiedAtTheBaseRate() {
        Assessment a = engine.assess(List.of(), false);
        // r = s = 0: b = d = 0, u = 2/2 = 1, P = 0 + 0.5 × 1 = 0.5
        assertEquals(1.0, a.opinion().uncertainty(), EPS);
        assertEquals(0.5, a.probability(), EPS);
        assertEquals(Status.UNVERIFIED, a.status());
        assertEquals(Likelihood.ROUGHLY_EVEN_CHANCE, a.likelihood());
        assertEquals(AnalyticConfidence.LOW, a.confidence());
        assertEquals(3, a.rating().value());
        assertEquals(StanceTotal.Rule.NO_EVIDENCE, a.supports().rule());
    }

    @Test
    void oneCompletelyReliableConfirmedItemIsLikelyTrueNotConfirmed() {
        Assessment a = engine.assess(List.of(item("e1", "wire", Stance.SUPPORTS, 1, Reliability.A)), false);
        // weight = 1.0 × 3.6 = 3.6; base (as credibility 2) = 1.0 × 2.8 = 2.8; alone 3.6 > sum 2.8, so r = 3.6
        // b = 3.6 / 5.6 = 0.642857..., u = 2 / 5.6 = 0.357142..., P = b + 0.5 u = 4.6 / 5.6 = 0.821428...
        assertEquals(3.6, a.r(), EPS);
        assertEquals(StanceTotal.Rule.STRONGEST_ALONE, a.supports().rule());
        assertEquals(3.6 / 5.6, a.opinion().belief(), EPS);
        assertEquals(2 / 5.6, a.opinion().uncertainty(), EPS);
        assertEquals(4.6 / 5.6, a.probability(), EPS);
        assertEquals(Status.LIKELY_TRUE, a.status());
        assertEquals(Likelihood.VERY_LIKELY, a.likelihood());
        assertEquals(AnalyticConfidence.LOW, a.confidence());
        assertEquals(ClaimReviewRating.of(4), a.rating());
    }

    @Test
    void independentCorroborationIsConfirmed() {
        Assessment a = engine.assess(List.of(
                item("e1", "wire", Stance.SUPPORTS, 1, Reliability.A),
                item("e2", "agency", Stance.SUPPORTS, 1, Reliability.A)), false);
        // each: weight 3.6, base 2.8; sum of origins 2.8 + 2.8 = 5.6 ≥ alone 3.6, so r = 5.6
        // (each confirms the other: the confirmation is counted once, through the other item)
        // u = 2 / 7.6, P = (5.6 + 1) / 7.6 = 0.868421...
        assertEquals(5.6, a.r(), EPS);
        assertEquals(StanceTotal.Rule.SUM_OF_ORIGINS, a.supports().rule());
        assertEquals(6.6 / 7.6, a.probability(), EPS);
        assertEquals(Status.CONFIRMED, a.status());
        assertEquals(AnalyticConfidence.MODERATE, a.confidence()); // u = 0.263 ≤ 0.4, 2 origins
        assertEquals(2, a.independentOrigins());
    }

    @Test
    void tenOutletsRepeatingOneWireReportAreOneWitness() {
        List<EvidenceItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new EvidenceItem("e" + i, "outlet" + i, "wire", Stance.SUPPORTS, 2, Reliability.B, 0, false));
        }
        Assessment a = engine.assess(items, false);
        // all cite "wire": one origin, weight 0.8 × 2.8 = 2.24 each, counted once: r = 2.24
        // u = 2 / 4.24 = 0.4717 (≤ 0.5), P = 3.24 / 4.24 = 0.764150...
        assertEquals(2.24, a.r(), 1e-12);
        assertEquals(3.24 / 4.24, a.probability(), EPS);
        assertEquals(Status.LIKELY_TRUE, a.status());
        assertEquals(1, a.independentOrigins());
        assertEquals(ItemRole.COUNTED, a.derivation().get(0).role()); // ties broken by the smallest id
        for (int i = 1; i < 10; i++) {
            assertEquals(ItemRole.REPEAT, a.derivation().get(i).role());
            assertEquals("e0", a.derivation().get(i).repeatOf());
            assertEquals(0, a.derivation().get(i).contribution());
        }
    }

    @Test
    void aWeakIndependentItemIsPartOfAConfirmedItemsConfirmation() {
        Assessment a = engine.assess(List.of(
                item("e1", "wire", Stance.SUPPORTS, 1, Reliability.A),
                item("e2", "blog", Stance.SUPPORTS, 5, Reliability.E)), false);
        // e1 weight 3.6 (base 2.8); e2 weight 0.1 × 0.4 = 0.04; sum 2.84 < alone 3.6, so r = 3.6
        assertEquals(3.6, a.r(), EPS);
        assertEquals(2.84, a.supports().sumOfOrigins(), 1e-12);
        assertEquals(ItemRole.COUNTED, a.derivation().get(0).role());
        assertEquals(ItemRole.CORROBORATION, a.derivation().get(1).role());
        assertEquals(2, a.independentOrigins());
    }

    @Test
    void strongEvidenceBothWaysIsContested() {
        Assessment a = engine.assess(List.of(
                item("e1", "wire", Stance.SUPPORTS, 2, Reliability.A),
                item("e2", "agency", Stance.SUPPORTS, 2, Reliability.A),
                item("e3", "ministry", Stance.REFUTES, 2, Reliability.A),
                item("e4", "registry", Stance.REFUTES, 2, Reliability.A)), false);
        // r = s = 5.6; b = d = 5.6 / 13.2 = 0.4242 ≥ 0.3 each, u = 0.1515
        assertEquals(5.6 / 13.2, a.opinion().belief(), EPS);
        assertEquals(5.6 / 13.2, a.opinion().disbelief(), EPS);
        assertEquals(0.5, a.probability(), EPS);
        assertEquals(Status.CONTESTED, a.status());
    }

    @Test
    void independentRefutationIsFalse() {
        Assessment a = engine.assess(List.of(
                item("e1", "wire", Stance.REFUTES, 1, Reliability.A),
                item("e2", "agency", Stance.REFUTES, 2, Reliability.A)), false);
        // s = 2.8 + 2.8 = 5.6 (sum beats alone 3.6); P = 0 + 0.5 × 2 / 7.6 = 0.131578...
        assertEquals(1 / 7.6, a.probability(), EPS);
        assertEquals(Status.FALSE, a.status());
        assertEquals(ClaimReviewRating.of(1), a.rating());
        assertEquals(Likelihood.VERY_UNLIKELY, a.likelihood());
    }

    @Test
    void oneReliableRefutationIsLikelyFalse() {
        Assessment a = engine.assess(List.of(item("e1", "wire", Stance.REFUTES, 2, Reliability.B)), false);
        // s = 0.8 × 2.8 = 2.24; P = 0.5 × 2 / 4.24 = 0.235849...
        assertEquals(1 / 4.24, a.probability(), EPS);
        assertEquals(Status.LIKELY_FALSE, a.status());
    }

    @Test
    void balancedModerateEvidenceIsUnproven() {
        Assessment a = engine.assess(List.of(
                item("e1", "wire", Stance.SUPPORTS, 2, Reliability.B),
                item("e2", "agency", Stance.REFUTES, 3, Reliability.B)), false);
        // r = 2.24, s = 0.8 × 2.0 = 1.6; total 5.84; b = 0.3836, d = 0.2740 (< 0.3, not contested)
        // u = 0.3425, P = (2.24 + 1) / 5.84 = 0.554794...
        assertEquals(3.24 / 5.84, a.probability(), EPS);
        assertEquals(Status.UNPROVEN, a.status());
        assertEquals(Likelihood.LIKELY, a.likelihood());
    }

    @Test
    void unjudgedSourcesAndCredibilityAddNothing() {
        Assessment a = engine.assess(List.of(
                item("e1", "anon", Stance.SUPPORTS, 1, Reliability.F),
                item("e2", "wire", Stance.SUPPORTS, 6, Reliability.A)), false);
        // F: trust 0; credibility 6: weight 0. r = 0, the claim stays where it was.
        assertEquals(0, a.r(), EPS);
        assertEquals(0.5, a.probability(), EPS);
        assertEquals(Status.UNVERIFIED, a.status());
        assertEquals(0, a.independentOrigins());
    }

    @Test
    void rumourGradeWordingMakesAnUnverifiedClaimARumour() {
        Assessment a = engine.assess(List.of(item("e1", "blog", Stance.SUPPORTS, 3, Reliability.D)), true);
        // r = 0.3 × 2.0 = 0.6, u = 2 / 2.6 = 0.769 > 0.5
        assertEquals(Status.RUMOUR, a.status());
        assertEquals(Status.UNVERIFIED, engine.assess(List.of(item("e1", "blog", Stance.SUPPORTS, 3, Reliability.D)), false).status());
    }

    @Test
    void rumourPenaltyMovesWeightIntoUncertainty() {
        EvidenceItem hedged = new EvidenceItem("e1", "wire", "wire", Stance.REFUTES, 2, Reliability.A, 0.5, false);
        Assessment a = engine.assess(List.of(hedged), false);
        // weight = 1.0 × 2.8 × (1 − 0.5) = 1.4; u = 2 / 3.4 = 0.588 (more uncertain than 2 / 4.8 without the penalty)
        assertEquals(1.4, a.s(), EPS);
        assertEquals(2 / 3.4, a.opinion().uncertainty(), EPS);
    }

    @Test
    void withdrawnAndContextItemsAreListedButCountForNothing() {
        Assessment a = engine.assess(List.of(
                item("e1", "wire", Stance.SUPPORTS, 2, Reliability.A),
                new EvidenceItem("e2", "agency", "agency", Stance.SUPPORTS, 1, Reliability.A, 0, true),
                item("e3", "museum", Stance.CONTEXT, 1, Reliability.A)), false);
        assertEquals(2.8, a.r(), EPS);
        assertEquals(List.of(ItemRole.COUNTED, ItemRole.WITHDRAWN, ItemRole.CONTEXT),
                a.derivation().stream().map(ItemDerivation::role).toList());
        assertEquals(0, a.derivation().get(1).contribution());
        assertEquals(3.6, a.derivation().get(1).weight(), EPS);
        assertNull(a.derivation().get(2).repeatOf());
    }

    @Test
    void derivationCarriesEveryFactorAndTheRunningTotals() {
        Assessment a = engine.assess(List.of(
                item("e1", "wire", Stance.SUPPORTS, 2, Reliability.B),
                item("e2", "agency", Stance.REFUTES, 4, Reliability.C),
                item("e3", "paper", Stance.SUPPORTS, 3, Reliability.C)), false);
        ItemDerivation first = a.derivation().get(0);
        assertEquals(0.8, first.trust(), EPS);
        assertEquals(2.8, first.credibilityWeight(), EPS);
        assertEquals(2.24, first.weight(), 1e-12);
        assertEquals(2.24, first.runningR(), 1e-12);
        assertEquals(0, first.runningS(), EPS);
        ItemDerivation second = a.derivation().get(1);
        // 0.6 × 1.2 = 0.72
        assertEquals(0.72, second.contribution(), 1e-12);
        assertEquals(0.72, second.runningS(), 1e-12);
        ItemDerivation third = a.derivation().get(2);
        // 0.6 × 2.0 = 1.2; r = 2.24 + 1.2 = 3.44
        assertEquals(3.44, third.runningR(), 1e-12);
        assertEquals(a.r(), third.runningR(), 0);
        assertEquals(a.s(), third.runningS(), 0);
    }

    @Test
    void refusesParametersThatDoNotFitTogether() {
        Map<Integer, Double> increasing = new HashMap<>(Parameters.SHIPPED.credibilityWeight());
        increasing.put(3, 3.0);
        assertThrows(IllegalArgumentException.class, () -> withWeights(increasing));
        Map<Integer, Double> missing = new HashMap<>(Parameters.SHIPPED.credibilityWeight());
        missing.remove(6);
        assertThrows(IllegalArgumentException.class, () -> withWeights(missing));
    }

    private static EngineParameters withWeights(Map<Integer, Double> weights) {
        EngineParameters p = Parameters.SHIPPED;
        return new EngineParameters(p.trust(), weights, p.priorWeight(), p.baseRate(), p.unverifiedAbove(),
                p.contestedAt(), p.confirmedFrom(), p.likelyTrueFrom(), p.likelyFalseTo(), p.falseTo(),
                p.highConfidenceUncertainty(), p.highConfidenceOrigins(), p.moderateConfidenceUncertainty(),
                p.moderateConfidenceOrigins());
    }

    private static EvidenceItem item(String id, String source, Stance stance, int credibility, Reliability reliability) {
        return new EvidenceItem(id, source, source, stance, credibility, reliability, 0, false);
    }
}
