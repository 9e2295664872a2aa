package io.credence.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

@SuppressWarnings("EnumOrdinal") // picks letters and stances by index, at random or in turn
class WhatWouldChangeTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final int CASES = 300;
    private final ConfidenceEngine engine = new ConfidenceEngine(Parameters.SHIPPED);
    private final WhatWouldChange wouldChange = new WhatWouldChange(engine);

    @Test
    void aSingleGoodReportNeedsASecondOriginOfC3OrBetterToBeConfirmed() {
        List<EvidenceItem> items = List.of(item("wire", "Wire", Reliability.B, 2, Stance.SUPPORTS, 0, false));
        Assessment now = engine.assess(items, false);
        assertEquals(Status.LIKELY_TRUE, now.status());

        WhatWouldChange.Change confirm =
                only(wouldChange.of(items, false, now), WhatWouldChange.Kind.ADD, Stance.SUPPORTS, Status.CONFIRMED);
        assertEquals(List.of(Grade.parse("C3")), confirm.minimumGrades());
        assertTrue(confirm.orBetter());
        assertEquals(
                "One more independent origin graded C3 or better that supports it would make it CONFIRMED.",
                confirm.sentence());
    }

    @Test
    void withdrawingTheOnlyReportLeavesItUnverified() {
        List<EvidenceItem> items = List.of(item("wire", "Wire", Reliability.B, 2, Stance.SUPPORTS, 0, false));
        List<WhatWouldChange.Change> changes = wouldChange.of(items, false, engine.assess(items, false));

        WhatWouldChange.Change withdraw = changes.stream()
                .filter(c -> c.kind() == WhatWouldChange.Kind.WITHDRAW)
                .findFirst()
                .orElseThrow();
        assertEquals(Status.UNVERIFIED, withdraw.reaches());
        assertEquals("i0", withdraw.evidenceId());
        assertEquals("Withdrawing Wire's report (B2) would make it UNVERIFIED.", withdraw.sentence());
    }

    @Test
    void addingExactlyTheNamedEvidenceReachesTheStatedStatusAndNothingWeakerDoes() {
        Random random = new Random(31);
        for (int c = 0; c < CASES; c++) {
            List<EvidenceItem> items = claim(random);
            boolean rumour = random.nextInt(5) == 0;
            Assessment now = engine.assess(items, rumour);
            for (WhatWouldChange.Change change : wouldChange.of(items, rumour, now)) {
                assertNotEquals(now.status(), change.reaches(), change.sentence());
                assertFalse(change.sentence().contains("A1 or better"), change.sentence());
                if (change.kind() == WhatWouldChange.Kind.WITHDRAW) {
                    List<EvidenceItem> without = items.stream()
                            .map(i -> i.id().equals(change.evidenceId()) ? i.withdrawnNow() : i)
                            .toList();
                    assertEquals(
                            change.reaches(), engine.assess(without, rumour).status(), change.sentence());
                    continue;
                }
                for (Reliability letter : Reliability.values()) {
                    for (int credibility = 1; credibility <= 6; credibility++) {
                        Grade grade = new Grade(letter, credibility);
                        Status reached = statusWith(items, rumour, change.stance(), grade);
                        boolean named = change.minimumGrades().contains(grade);
                        boolean atLeastNamed = change.minimumGrades().stream().anyMatch(grade::atLeast);
                        if (named || (change.orBetter() && atLeastNamed)) {
                            assertEquals(change.reaches(), reached, grade + ": " + change.sentence() + " for " + items);
                        }
                        if (!atLeastNamed) {
                            assertNotEquals(
                                    change.reaches(),
                                    reached,
                                    grade + " is weaker and reaches it too: " + change.sentence() + " for " + items);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theOrderOfTheEvidenceNeverChangesWhatWouldChangeIt() {
        Random random = new Random(32);
        for (int c = 0; c < CASES; c++) {
            List<EvidenceItem> items = claim(random);
            List<EvidenceItem> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, random);
            assertEquals(
                    wouldChange.of(items, false, engine.assess(items, false)),
                    wouldChange.of(shuffled, false, engine.assess(shuffled, false)),
                    () -> "for " + items);
        }
    }

    @Test
    void aConfirmedClaimWithManyOriginsIsNotMovedByOneWithdrawalButIsByAStrongRefutation() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            items.add(item("paper" + i, "Paper " + i, Reliability.B, 2, Stance.SUPPORTS, i, false));
        }
        Assessment now = engine.assess(items, false);
        assertEquals(Status.CONFIRMED, now.status());
        List<WhatWouldChange.Change> changes = wouldChange.of(items, false, now);

        assertFalse(changes.stream().anyMatch(c -> c.kind() == WhatWouldChange.Kind.WITHDRAW));
        assertTrue(changes.stream().anyMatch(c -> c.stance() == Stance.REFUTES), changes::toString);
    }

    @Test
    void aClaimOfMoreItemsThanTheBoundGetsNoAnswerRatherThanAMinuteOfAssessments() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i <= WhatWouldChange.MAX_ITEMS; i++) {
            items.add(item("s" + (i % 50), "Source " + (i % 50), Reliability.C, 3, Stance.SUPPORTS, i, false));
        }
        assertEquals(List.of(), wouldChange.of(items, false, engine.assess(items, false)));
    }

    /** The status with a new independent first-hand item, made here and not by the class under test. */
    private Status statusWith(List<EvidenceItem> items, boolean rumour, Stance stance, Grade grade) {
        List<EvidenceItem> more = new ArrayList<>(items);
        more.add(new EvidenceItem(
                "probe",
                new EvidenceItem.SourceRef("probe-source", "Probe", grade.reliability()),
                stance,
                grade.credibility(),
                null,
                null,
                T0.plusSeconds(3_600),
                0,
                false,
                true));
        return engine.assess(more, rumour).status();
    }

    private static WhatWouldChange.Change only(
            List<WhatWouldChange.Change> changes, WhatWouldChange.Kind kind, Stance stance, Status reaches) {
        List<WhatWouldChange.Change> matching = changes.stream()
                .filter(c -> c.kind() == kind && c.stance() == stance && c.reaches() == reaches)
                .toList();
        assertEquals(1, matching.size(), changes::toString);
        return matching.get(0);
    }

    private static List<EvidenceItem> claim(Random random) {
        int n = random.nextInt(7);
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int source = random.nextInt(4);
            Reliability letter = Reliability.values()[random.nextInt(5)];
            items.add(item(
                    "s" + source + "-" + i,
                    "Source " + source,
                    letter,
                    1 + random.nextInt(5),
                    random.nextInt(3) == 0 ? Stance.REFUTES : Stance.SUPPORTS,
                    i,
                    random.nextInt(8) == 0));
        }
        return items;
    }

    private static EvidenceItem item(
            String sourceId,
            String name,
            Reliability letter,
            int credibility,
            Stance stance,
            int minute,
            boolean withdrawn) {
        return new EvidenceItem(
                "i" + minute,
                new EvidenceItem.SourceRef(sourceId, name, letter),
                stance,
                credibility,
                null,
                null,
                T0.plusSeconds(60L * minute),
                0,
                withdrawn,
                false);
    }
}
