package io.credence.assessment;

import static io.credence.assessment.Item.item;
import static io.credence.assessment.Reliability.A;
import static io.credence.assessment.Reliability.B;
import static io.credence.assessment.Reliability.C;
import static io.credence.assessment.Reliability.D;
import static io.credence.assessment.Reliability.E;
import static io.credence.assessment.Reliability.F;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of evidence (docs/ASSESSMENT.md), each on the smallest claim that shows it. */
class RulesOfEvidenceTest {

    private static final double EPS = 1e-12;
    private static final String GOLD =
            "Moscow paid for the drones with at least 1.8 tons of gold bars, officials said.";
    private final ConfidenceEngine engine = new ConfidenceEngine(Parameters.SHIPPED);

    // --- Rule 1: volume does not confirm ----------------------------------------------------------

    @Test
    void tenIndependentTabloidItemsStayUnverified() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(item("e" + i).from("tabloid" + i, E).supports(3).build());
        }
        Assessment a = engine.assess(items, false);
        assertEquals(Status.UNVERIFIED, a.status());
        assertEquals(0, a.r(), EPS);
        assertTrue(a.derivation().stream().allMatch(d -> d.role() == ItemRole.BELOW_BOUND));
        assertEquals(Vocabulary.TOO_LITTLE, a.likelihood());
        assertEquals(3, a.rating().value());
    }

    @Test
    void fivePossiblyTruePapersLeanTrueButAreNotConfirmed() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item("e" + i).from("paper" + i, C).supports(3).build());
        }
        Assessment a = engine.assess(items, false);
        // r = 5 × 0.6 × 2.0 = 6, P = 7 / 8 = 0.875 — but nothing graded B2 or better
        assertEquals(7.0 / 8, a.evidenceProbability(), EPS);
        assertEquals(Status.LIKELY_TRUE, a.status());
        assertEquals(Assessment.Cap.NO_STRONG_ITEM, a.cap());
        assertEquals(0.79, a.probability(), EPS);
        assertEquals(4, a.rating().value());
    }

    @Test
    void weakerItemsNeverLiftTwoGoodReportsIntoConfirmed() {
        // B2 + C3 hedged (0.6 × 2.0 × 0.4 = 0.48): r = 2.72, P = 3.72 / 4.72 = 0.788, LIKELY_TRUE
        List<EvidenceItem> two = List.of(
                item("e1").from("wire", B).supports(2).build(),
                item("e2").from("paper", C).supports(3).penalty(0.6).build());
        assertEquals(Status.LIKELY_TRUE, engine.assess(two, false).status());
        // one D4 item more: all together P = 4.08 / 5.08 = 0.803, but the C3-or-better items alone stay 0.788
        List<EvidenceItem> more = new ArrayList<>(two);
        more.add(item("e3").from("blog", D).supports(4).build());
        more.add(item("e4").from("tabloid", E).supports(3).build());
        Assessment a = engine.assess(more, false);
        assertEquals(Status.LIKELY_TRUE, a.status());
        assertEquals(Assessment.Cap.STRONG_ITEMS_NOT_ENOUGH, a.cap());
        assertEquals(ItemRole.BELOW_BOUND, a.derivation().get(3).role());
    }

    @Test
    void confirmationIsDecidedOnTheStrongItemsAlone() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", B).supports(2).build(),
                        item("e2").from("paper", C).supports(3).build(),
                        item("e3").from("blog", D).supports(4).build()),
                false);
        // B2 + C3: r = 2.24 + 1.2 = 3.44, P = 4.44 / 5.44 = 0.816: CONFIRMED without the D4 item
        assertEquals(Status.CONFIRMED, a.status());
        assertEquals(4.44 / 5.44, a.probability(), EPS);
        assertEquals(ItemRole.BELOW_BOUND, a.derivation().get(2).role());
        assertEquals(0, a.derivation().get(2).contribution());
    }

    @Test
    void refutationHasTheSameBounds() {
        List<EvidenceItem> tabloids = new ArrayList<>();
        List<EvidenceItem> papers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tabloids.add(item("t" + i).from("tabloid" + i, E).refutes(2).build());
        }
        for (int i = 0; i < 5; i++) {
            papers.add(item("p" + i).from("paper" + i, C).refutes(3).build());
        }
        assertEquals(Status.UNVERIFIED, engine.assess(tabloids, false).status());
        Assessment a = engine.assess(papers, false);
        assertEquals(Status.LIKELY_FALSE, a.status());
        assertEquals(Assessment.Cap.NO_STRONG_ITEM, a.cap());
        assertEquals(0.21, a.probability(), EPS);
    }

    // --- Rule 2: copies are one origin ------------------------------------------------------------

    @Test
    void theSameExcerptRepublishedByFiveOutletsIsOneOriginTheEarliest() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(item("e" + i)
                    .from("outlet" + i, B)
                    .supports(2)
                    .says(GOLD)
                    .at(10 - i)
                    .build());
        }
        Assessment a = engine.assess(items, false);
        // outlet4 published first (minute 6): its report; the others copy it
        assertEquals(2.24, a.r(), EPS);
        assertEquals(1, a.independentOrigins());
        assertEquals(Status.LIKELY_TRUE, a.status());
        ItemDerivation first = a.derivation().get(4);
        assertEquals(ItemRole.COUNTED, first.role());
        for (int i = 0; i < 4; i++) {
            assertEquals(ItemRole.COPY, a.derivation().get(i).role());
            assertEquals("e4", a.derivation().get(i).copyOf());
            assertEquals("outlet4", a.derivation().get(i).originId());
        }
    }

    @Test
    void aNearlyIdenticalExcerptIsACopyAndTheSameStoryInOtherWordsIsNot() {
        String edited = "Moscow paid for the drones with at least 1.8 tonnes of gold bars, officials said.";
        String retold = "Officials told us the drone deal was settled in gold, roughly two tons of it.";
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", B).supports(2).says(GOLD).at(0).build(),
                        item("e2")
                                .from("paper", B)
                                .supports(2)
                                .says(edited)
                                .at(5)
                                .build(),
                        item("e3")
                                .from("radio", B)
                                .supports(2)
                                .says(retold)
                                .at(6)
                                .build()),
                false);
        assertEquals(ItemRole.COPY, a.derivation().get(1).role());
        assertEquals(ItemRole.COUNTED, a.derivation().get(2).role());
        assertEquals(2, a.independentOrigins());
    }

    @Test
    void anEditorCanRuleACopyIndependent() {
        Assessment a = engine.assess(
                List.of(
                        item("e1").from("wire", B).supports(2).says(GOLD).at(0).build(),
                        item("e2")
                                .from("paper", B)
                                .supports(2)
                                .says(GOLD)
                                .at(5)
                                .independent()
                                .build()),
                false);
        assertEquals(2, a.independentOrigins());
        assertEquals(4.48, a.r(), EPS);
    }

    @Test
    void shortExcerptsAreNeverCalledCopies() {
        Assessment a = engine.assess(
                List.of(
                        item("e1")
                                .from("wire", B)
                                .supports(2)
                                .says("It is true.")
                                .build(),
                        item("e2")
                                .from("paper", B)
                                .supports(2)
                                .says("It is true.")
                                .build()),
                false);
        assertEquals(2, a.independentOrigins());
    }

    // --- Rule 3: citations are followed to the root -----------------------------------------------

    @Test
    void aChainOfCitationsBackToOneWireIsOneOrigin() {
        Assessment a = engine.assess(
                List.of(
                        item("x").from("X", B).supports(2).cites("wire", A).build(),
                        item("y").from("Y", B).supports(2).cites("X", B).build(),
                        item("z").from("Z", B).supports(2).cites("Y", B).build()),
                false);
        assertEquals(1, a.independentOrigins());
        assertEquals(List.of("Z", "Y", "X", "wire"), a.derivation().get(2).path());
        assertEquals("wire", a.derivation().get(2).originId());
        assertEquals(2.24, a.r(), EPS);
    }

    @Test
    void aCitationCycleIsBrokenAndReported() {
        Assessment a = engine.assess(
                List.of(
                        item("x").from("X", B).supports(2).cites("Y", B).build(),
                        item("y").from("Y", B).supports(2).cites("X", B).build()),
                false);
        assertEquals(1, a.independentOrigins());
        assertEquals("X", a.derivation().get(0).originId());
        assertEquals("X", a.derivation().get(1).originId());
        assertTrue(a.explanation().contains("citation cycle"), a.explanation());
    }

    @Test
    void aSourceWithItsOwnReportIsWhereTheChainStops() {
        Assessment a = engine.assess(
                List.of(
                        item("x1").from("X", B).supports(2).build(),
                        item("x2").from("X", B).supports(2).cites("wire", A).build(),
                        item("y").from("Y", B).supports(2).cites("X", B).build()),
                false);
        assertEquals("X", a.derivation().get(2).originId());
        assertEquals("wire", a.derivation().get(1).originId());
        assertEquals(2, a.independentOrigins());
    }

    // --- Rule 4: a repeat is worth no more than its origin ----------------------------------------

    @Test
    void aBlogRumourPassedOnByAGoodOutletCountsAsTheBlog() {
        Assessment a = engine.assess(
                List.of(item("e1")
                        .from("outlet", B)
                        .supports(2)
                        .cites("blog", F)
                        .build()),
                false);
        assertEquals(Grade.parse("F2"), a.derivation().get(0).grade());
        assertEquals(ItemRole.BELOW_BOUND, a.derivation().get(0).role());
        assertEquals(Status.UNVERIFIED, a.status());
    }

    @Test
    void aWeakRelayOnTheWayWeakensWhatPassesThroughIt() {
        Assessment a = engine.assess(
                List.of(
                        item("x").from("X", E).supports(2).cites("wire", A).build(),
                        item("y").from("Y", A).supports(2).cites("X", E).build()),
                false);
        assertEquals(Grade.parse("E2"), a.derivation().get(1).grade());
    }

    // --- Rule 5: retractions propagate --------------------------------------------------------------

    @Test
    void whenTheWireWithdrawsItsReportTheCopiesCitingItNoLongerCount() {
        List<EvidenceItem> items = new ArrayList<>();
        items.add(item("wire-1").from("wire", B).supports(2).withdrawn().build());
        for (int i = 0; i < 3; i++) {
            items.add(item("c" + i)
                    .from("outlet" + i, B)
                    .supports(2)
                    .cites("wire", B)
                    .build());
        }
        Assessment a = engine.assess(items, false);
        assertEquals(Status.UNVERIFIED, a.status());
        assertEquals(0, a.r(), EPS);
        assertEquals(Vocabulary.TOO_LITTLE, a.likelihood());
        assertEquals(3, a.rating().value());
        for (int i = 1; i < 4; i++) {
            assertEquals(ItemRole.REPEATS_WITHDRAWN, a.derivation().get(i).role());
        }
        assertTrue(a.explanation().contains("3 items repeat wire's withdrawn report"), a.explanation());
    }

    @Test
    void aReportKnownOnlyThroughThoseCitingItStillCounts() {
        Assessment a = engine.assess(
                List.of(item("c1")
                        .from("outlet", B)
                        .supports(2)
                        .cites("wire", B)
                        .build()),
                false);
        assertEquals(ItemRole.COUNTED, a.derivation().get(0).role());
        assertEquals(Status.LIKELY_TRUE, a.status());
    }

    // --- Rule 6: corrections supersede ----------------------------------------------------------------

    @Test
    void aLaterCorrectionFromTheSameSourceReplacesItsEarlierReport() {
        Assessment a = engine.assess(
                List.of(
                        item("refute").from("paper", B).refutes(2).at(60).build(),
                        item("support").from("paper", B).supports(2).at(0).build()),
                false);
        assertEquals(ItemRole.SUPERSEDED, a.derivation().get(1).role());
        assertEquals("refute", a.derivation().get(1).supersededBy());
        assertEquals(Status.LIKELY_FALSE, a.status());
        assertEquals(0, a.r(), EPS);
        assertTrue(a.explanation().contains("paper corrected its earlier report"), a.explanation());
    }

    @Test
    void anotherSourcesOppositeReportIsNoCorrection() {
        Assessment a = engine.assess(
                List.of(
                        item("s").from("wire", A).supports(2).at(0).build(),
                        item("r").from("ministry", A).refutes(2).at(60).build()),
                false);
        assertNull(a.derivation().get(0).supersededBy());
        assertEquals(ItemRole.COUNTED, a.derivation().get(0).role());
    }

    // --- Rules 7 and 8: one vocabulary, plain words ----------------------------------------------

    @Test
    void theExplanationNamesTheSourcesAndWhyTheStatusStopsWhereItDoes() {
        List<EvidenceItem> items = new ArrayList<>();
        items.add(item("w").from("Wire", B).supports(2).build());
        for (int i = 0; i < 3; i++) {
            items.add(item("o" + i)
                    .from("Outlet " + i, B)
                    .supports(2)
                    .cites("Wire", B)
                    .build());
        }
        items.add(item("t").from("Tabloid", E).supports(3).build());
        Assessment a = engine.assess(items, false);
        assertEquals(
                "Leans true: Wire (B2) reports it first-hand, and 3 other items repeat that report (counted once); "
                        + "no independent confirmation; 1 weaker item is listed but does not count.",
                a.explanation());
    }

    @Test
    void aCappedClaimSaysWhatIsMissing() {
        Assessment a =
                engine.assess(List.of(item("e1").from("Agency", A).supports(1).build()), false);
        assertEquals(
                "Leans true: Agency (A1) reports it first-hand; no second independent origin graded C3 or better, "
                        + "so it is not confirmed.",
                a.explanation());
    }
}
