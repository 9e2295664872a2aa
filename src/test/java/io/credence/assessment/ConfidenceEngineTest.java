package io.credence.assessment;

import static io.credence.assessment.Item.item;
import static io.credence.assessment.Reliability.A;
import static io.credence.assessment.Reliability.B;
import static io.credence.assessment.Reliability.C;
import static io.credence.assessment.Reliability.D;
import static io.credence.assessment.Reliability.F;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's arithmetic, worked by hand with the shipped table (Parameters.SHIPPED). */
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
        assertEquals(Vocabulary.TOO_LITTLE, a.likelihood());
        assertEquals(AnalyticConfidence.LOW, a.confidence());
        assertEquals(new ClaimReviewRating(3, "Unverified"), a.rating());
        assertEquals(StanceTotal.Rule.NO_EVIDENCE, a.supports().rule());
    }

    @Test
    void oneCompletelyReliableConfirmedItemLeansTrueButOneOriginNeverConfirms() {
        Assessment a =
                engine.assess(List.of(item("e1").from("wire", A).supports(1).build()), false);
        // weight = 1.0 × 3.6 = 3.6; base (as credibility 2) = 2.8; alone 3.6 > sum 2.8, so r = 3.6
        // b = 3.6 / 5.6, u = 2 / 5.6, P = 4.6 / 5.6 = 0.8214: the CONFIRMED band, but one origin only
        assertEquals(3.6, a.r(), EPS);
        assertEquals(StanceTotal.Rule.STRONGEST_ALONE, a.supports().rule());
        assertEquals(4.6 / 5.6, a.evidenceProbability(), EPS);
        assertEquals(Status.LIKELY_TRUE, a.status());
        assertEquals(Assessment.Cap.NO_SECOND_ORIGIN, a.cap());
        assertEquals(0.79, a.probability(), EPS); // held inside LIKELY_TRUE's band
        assertEquals("likely", a.likelihood());
        assertEquals(new ClaimReviewRating(4, "Mostly true"), a.rating());
    }

    @Test
    void independentCorroborationIsConfirmed() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", A).supports(1).build(),
                        item("e2").from("agency", A).supports(1).build()),
                false);
        // each: weight 3.6, base 2.8; sum of origins 5.6 ≥ alone 3.6, so r = 5.6; P = 6.6 / 7.6 = 0.8684
        assertEquals(5.6, a.r(), EPS);
        assertEquals(StanceTotal.Rule.SUM_OF_ORIGINS, a.supports().rule());
        assertEquals(6.6 / 7.6, a.probability(), EPS);
        assertEquals(Status.CONFIRMED, a.status());
        assertNull(a.cap());
        assertEquals("very likely", a.likelihood());
        assertEquals(AnalyticConfidence.MODERATE, a.confidence()); // u = 0.263 ≤ 0.4, 2 origins
        assertEquals(2, a.independentOrigins());
    }

    @Test
    void tenOutletsCitingOneWireAreOneWitnessAtTheWeakerRating() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(item("e" + i)
                    .from("outlet" + i, B)
                    .supports(2)
                    .cites("wire", A)
                    .build());
        }
        Assessment a = engine.assess(items, false);
        // one origin, the wire; each counts at the weaker of B and A: 0.8 × 2.8 = 2.24, once
        // u = 2 / 4.24 = 0.4717 (≤ 0.5), P = 3.24 / 4.24 = 0.7642
        assertEquals(2.24, a.r(), EPS);
        assertEquals(3.24 / 4.24, a.probability(), EPS);
        assertEquals(Status.LIKELY_TRUE, a.status());
        assertEquals(1, a.independentOrigins());
        assertEquals(ItemRole.COUNTED, a.derivation().get(0).role()); // ties broken by the smallest id
        for (int i = 1; i < 10; i++) {
            assertEquals(ItemRole.REPEAT, a.derivation().get(i).role());
            assertEquals("e0", a.derivation().get(i).repeatOf());
            assertEquals(0, a.derivation().get(i).contribution());
            assertEquals(List.of("outlet" + i, "wire"), a.derivation().get(i).path());
        }
    }

    @Test
    void aWeakIndependentItemIsPartOfAConfirmedItemsConfirmation() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", A).supports(1).build(),
                        item("e2").from("paper", D).supports(4).build()),
                false);
        // e1 weight 3.6 (base 2.8); e2 weight 0.3 × 1.2 = 0.36; sum 3.16 < alone 3.6, so r = 3.6
        assertEquals(3.6, a.r(), EPS);
        assertEquals(3.16, a.supports().sumOfOrigins(), EPS);
        assertEquals(ItemRole.COUNTED, a.derivation().get(0).role());
        assertEquals(ItemRole.CORROBORATION, a.derivation().get(1).role());
        assertEquals(2, a.independentOrigins());
        // P = 0.82, but the second origin is only D4 (< C3): not confirmed
        assertEquals(Status.LIKELY_TRUE, a.status());
        assertEquals(Assessment.Cap.NO_SECOND_ORIGIN, a.cap());
    }

    @Test
    void strongEvidenceBothWaysIsContested() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", A).supports(2).build(),
                        item("e2").from("agency", A).supports(2).build(),
                        item("e3").from("ministry", A).refutes(2).build(),
                        item("e4").from("registry", A).refutes(2).build()),
                false);
        // r = s = 5.6; b = d = 5.6 / 13.2 = 0.4242 ≥ 0.3 each, u = 0.1515
        assertEquals(5.6 / 13.2, a.opinion().belief(), EPS);
        assertEquals(5.6 / 13.2, a.opinion().disbelief(), EPS);
        assertEquals(0.5, a.probability(), EPS);
        assertEquals(Status.CONTESTED, a.status());
        assertEquals(Vocabulary.CONFLICTS, a.likelihood());
        assertEquals(new ClaimReviewRating(3, "Mixed"), a.rating());
    }

    @Test
    void independentRefutationIsFalse() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", A).refutes(1).build(),
                        item("e2").from("agency", A).refutes(2).build()),
                false);
        // s = 2.8 + 2.8 = 5.6 (sum beats alone 3.6); P = 0.5 × 2 / 7.6 = 0.1316
        assertEquals(1 / 7.6, a.probability(), EPS);
        assertEquals(Status.FALSE, a.status());
        assertEquals(new ClaimReviewRating(1, "False"), a.rating());
        assertEquals("very unlikely", a.likelihood());
    }

    @Test
    void oneReliableRefutationLeansFalse() {
        Assessment a =
                engine.assess(List.of(item("e1").from("wire", B).refutes(2).build()), false);
        // s = 0.8 × 2.8 = 2.24; P = 0.5 × 2 / 4.24 = 0.2358
        assertEquals(1 / 4.24, a.probability(), EPS);
        assertEquals(Status.LIKELY_FALSE, a.status());
        assertEquals("unlikely", a.likelihood());
    }

    @Test
    void balancedModerateEvidenceIsUnproven() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", B).supports(2).build(),
                        item("e2").from("agency", C).refutes(2).build()),
                false);
        // r = 2.24, s = 0.6 × 2.8 = 1.68; total 5.92; b = 0.378, d = 0.284 (< 0.3, not contested)
        // P = (2.24 + 1) / 5.92 = 0.5473: between 0.45 and 0.55
        assertEquals(3.24 / 5.92, a.probability(), EPS);
        assertEquals(Status.UNPROVEN, a.status());
        assertEquals("roughly even chance", a.likelihood());
        assertEquals(new ClaimReviewRating(3, "Unproven"), a.rating());
    }

    @Test
    void unjudgedSourcesAndCredibilityAreBelowTheBoundAndAddNothing() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("anon", F).supports(1).build(),
                        item("e2").from("wire", A).supports(6).build()),
                false);
        assertEquals(0, a.r(), EPS);
        assertEquals(0.5, a.probability(), EPS);
        assertEquals(Status.UNVERIFIED, a.status());
        assertEquals(0, a.independentOrigins());
        assertEquals(
                List.of(ItemRole.BELOW_BOUND, ItemRole.BELOW_BOUND),
                a.derivation().stream().map(ItemDerivation::role).toList());
    }

    @Test
    void rumourGradeWordingMakesAnUnverifiedClaimARumour() {
        List<EvidenceItem> items =
                List.of(item("e1").from("blog", D).supports(3).build());
        // r = 0.3 × 2.0 = 0.6, u = 2 / 2.6 = 0.769 > 0.5
        assertEquals(Status.RUMOUR, engine.assess(items, true).status());
        assertEquals(Status.UNVERIFIED, engine.assess(items, false).status());
    }

    @Test
    void rumourPenaltyMovesWeightIntoUncertainty() {
        Assessment a = engine.assess(
                List.of(item("e1").from("wire", A).refutes(2).penalty(0.5).build()), false);
        // weight = 1.0 × 2.8 × (1 − 0.5) = 1.4; u = 2 / 3.4 = 0.588 (more uncertain than 2 / 4.8 without the penalty)
        assertEquals(1.4, a.s(), EPS);
        assertEquals(2 / 3.4, a.opinion().uncertainty(), EPS);
    }

    @Test
    void withdrawnAndContextItemsAreListedButCountForNothing() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", A).supports(2).build(),
                        item("e2").from("agency", A).supports(1).withdrawn().build(),
                        item("e3").from("museum", A).context().build()),
                false);
        assertEquals(2.8, a.r(), EPS);
        assertEquals(
                List.of(ItemRole.COUNTED, ItemRole.WITHDRAWN, ItemRole.CONTEXT),
                a.derivation().stream().map(ItemDerivation::role).toList());
        assertEquals(0, a.derivation().get(1).contribution());
        assertEquals(3.6, a.derivation().get(1).weight(), EPS);
        assertNull(a.derivation().get(2).repeatOf());
    }

    @Test
    void derivationCarriesEveryFactorAndTheRunningTotals() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", B).supports(2).build(),
                        item("e2").from("agency", C).refutes(4).build(),
                        item("e3").from("paper", C).supports(3).build()),
                false);
        ItemDerivation first = a.derivation().get(0);
        assertEquals(0.8, first.trust(), EPS);
        assertEquals(2.8, first.credibilityWeight(), EPS);
        assertEquals(2.24, first.weight(), EPS);
        assertEquals(2.24, first.runningR(), EPS);
        assertEquals(0, first.runningS(), EPS);
        assertEquals(Grade.parse("B2"), first.grade());
        ItemDerivation second = a.derivation().get(1);
        // 0.6 × 1.2 = 0.72
        assertEquals(0.72, second.contribution(), EPS);
        assertEquals(0.72, second.runningS(), EPS);
        ItemDerivation third = a.derivation().get(2);
        // 0.6 × 2.0 = 1.2; r = 2.24 + 1.2 = 3.44
        assertEquals(3.44, third.runningR(), EPS);
        assertEquals(a.r(), third.runningR(), 0);
        assertEquals(a.s(), third.runningS(), 0);
    }

    @Test
    void refusesParametersThatDoNotFitTogether() {
        Map<Integer, Double> increasing = new HashMap<>(Parameters.SHIPPED.credibilityWeight());
        increasing.put(3, 3.0);
        assertThrows(IllegalArgumentException.class, () -> with(increasing, 0.80));
        Map<Integer, Double> missing = new HashMap<>(Parameters.SHIPPED.credibilityWeight());
        missing.remove(6);
        assertThrows(IllegalArgumentException.class, () -> with(missing, 0.80));
        // 0.85 is no ICD 203 band edge: CONFIRMED at 0.82 would read "very likely" beside a LIKELY_TRUE at 0.84
        assertThrows(IllegalArgumentException.class, () -> with(Parameters.SHIPPED.credibilityWeight(), 0.85));
        assertEquals(0.95, with(Parameters.SHIPPED.credibilityWeight(), 0.95).confirmedFrom());
        // a bound for confirming weaker than the one for counting makes no sense
        assertThrows(
                IllegalArgumentException.class,
                () -> new EvidenceBounds(Grade.parse("B2"), Grade.parse("C3"), Grade.parse("B2")));
    }

    private static EngineParameters with(Map<Integer, Double> weights, double confirmedFrom) {
        EngineParameters p = Parameters.SHIPPED;
        return new EngineParameters(
                p.trust(),
                weights,
                p.priorWeight(),
                p.baseRate(),
                p.unverifiedAbove(),
                p.contestedAt(),
                confirmedFrom,
                p.likelyTrueFrom(),
                p.likelyFalseTo(),
                p.falseTo(),
                p.highConfidenceUncertainty(),
                p.highConfidenceOrigins(),
                p.moderateConfidenceUncertainty(),
                p.moderateConfidenceOrigins(),
                p.bounds(),
                p.copies());
    }
}
