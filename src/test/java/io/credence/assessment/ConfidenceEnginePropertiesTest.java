package io.credence.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over many generated claims (fixed seeds, so a failure can be replayed).
 * Items mix stances, grades, rumour penalties, citations (chains and cycles included), copied
 * excerpts, corrections, withdrawals and editors' independence rulings. Rules 1-7 of
 * docs/ASSESSMENT.md are each stated as a property here.
 */
@SuppressWarnings("EnumOrdinal") // picks letters and stances by index, at random or in turn
class ConfidenceEnginePropertiesTest {

    private static final int CASES = 3_000;
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final List<String> EXCERPTS = List.of(
            "Moscow paid for the drones with at least 1.8 tons of gold bars.",
            "Moscow paid for the drones with at least 1.8 tonnes of gold bars.",
            "The shipment of gold left the airport on a military cargo flight.",
            "Parliament ratified the agreement after a short debate on Tuesday.");
    private final ConfidenceEngine engine = new ConfidenceEngine(Parameters.SHIPPED);

    /** A claim: its items, and the rating each of its sources has. */
    private record Claim(List<EvidenceItem> items, Map<String, Reliability> ratings) {
        Claim plus(EvidenceItem item) {
            List<EvidenceItem> more = new ArrayList<>(items);
            more.add(item);
            return new Claim(more, ratings);
        }
    }

    @Test
    void evidenceOrderNeverChangesTheResult() {
        Random random = new Random(1);
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            List<EvidenceItem> shuffled = new ArrayList<>(claim.items());
            Collections.shuffle(shuffled, random);
            Assessment a = engine.assess(claim.items(), false);
            Assessment b = engine.assess(shuffled, false);
            assertEquals(summary(a), summary(b), () -> "order changed the result for " + claim);
            assertEquals(roles(a), roles(b), () -> "order changed the roles for " + claim);
        }
    }

    @Test
    void supportingEvidenceNeverLowersTheProbabilityAndRefutingNeverRaisesIt() {
        Random random = new Random(2);
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            double before = engine.assess(claim.items(), false).probability();
            EvidenceItem support = fresh(random, Stance.SUPPORTS);
            EvidenceItem refute = fresh(random, Stance.REFUTES);
            double withSupport =
                    engine.assess(claim.plus(support).items(), false).probability();
            double withRefute = engine.assess(claim.plus(refute).items(), false).probability();
            assertTrue(withSupport >= before, () -> "adding " + support + " to " + claim + " lowered P");
            assertTrue(withRefute <= before, () -> "adding " + refute + " to " + claim + " raised P");
        }
    }

    /** Rule 1: items below the counting grade, however many, never change the outcome. */
    @Test
    void weakItemsNeverChangeTheOutcome() {
        Random random = new Random(3);
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            Assessment before = engine.assess(claim.items(), false);
            Claim more = claim;
            for (int k = 0; k < 1 + random.nextInt(10); k++) {
                boolean weakSource = random.nextBoolean();
                Reliability letter = weakSource
                        ? (random.nextBoolean() ? Reliability.E : Reliability.F)
                        : Reliability.values()[random.nextInt(6)];
                int credibility = weakSource ? 1 + random.nextInt(6) : 5 + random.nextInt(2);
                more = more.plus(new EvidenceItem(
                        "weak-" + k,
                        ref("weak-source-" + k, letter),
                        random.nextBoolean() ? Stance.SUPPORTS : Stance.REFUTES,
                        credibility,
                        null,
                        null,
                        T0.plusSeconds(random.nextInt(6000)),
                        0,
                        false,
                        false));
            }
            Assessment after = engine.assess(more.items(), false);
            assertEquals(before.status(), after.status(), "weak items changed the status of " + claim);
            assertEquals(before.probability(), after.probability(), 0.0, "weak items changed P of " + claim);
        }
    }

    /** Rule 1: CONFIRMED (FALSE) always rests on a strong item and a second good origin. */
    @Test
    void confirmedAndFalseAlwaysRestOnAStrongItemAndASecondOrigin() {
        Random random = new Random(4);
        EvidenceBounds bounds = Parameters.BOUNDS;
        int decided = 0;
        for (int c = 0; c < CASES * 3; c++) {
            Claim claim = claim(random);
            Assessment a = engine.assess(claim.items(), false);
            for (ItemDerivation d : a.derivation()) {
                if (d.role() == ItemRole.COUNTED) {
                    assertTrue(d.grade().atLeast(bounds.countsFrom()), () -> "counted below the bound: " + d);
                }
            }
            if (a.status() != Status.CONFIRMED && a.status() != Status.FALSE) {
                continue;
            }
            decided++;
            Stance side = a.status() == Status.CONFIRMED ? Stance.SUPPORTS : Stance.REFUTES;
            List<ItemDerivation> deciding = a.derivation().stream()
                    .filter(d -> d.stance() == side
                            && Set.of(ItemRole.COUNTED, ItemRole.REPEAT, ItemRole.COPY, ItemRole.CORROBORATION)
                                    .contains(d.role()))
                    .toList();
            assertTrue(
                    deciding.stream().anyMatch(d -> d.grade().atLeast(bounds.confirmsFrom())),
                    () -> "no strong item: " + a);
            assertTrue(
                    deciding.stream()
                                    .filter(d -> d.grade().atLeast(bounds.secondFrom()))
                                    .map(ItemDerivation::originId)
                                    .distinct()
                                    .count()
                            >= 2,
                    () -> "no second origin: " + a);
            assertTrue(
                    deciding.stream().allMatch(d -> d.grade().atLeast(bounds.secondFrom())),
                    () -> "a weak item decided: " + a);
        }
        assertTrue(decided > 50, "too few CONFIRMED/FALSE claims generated to say anything: " + decided);
    }

    /** Rule 2: a verbatim copy of a counted excerpt, no better graded, never changes P. */
    @Test
    void aCopyOfACountedExcerptNeverChangesTheProbability() {
        Random random = new Random(5);
        int copies = 0;
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            Assessment before = engine.assess(claim.items(), false);
            for (int i = 0; i < claim.items().size(); i++) {
                EvidenceItem original = claim.items().get(i);
                // an editor's independence ruling keeps an item out of copy detection, so its copies are new origins
                if (before.derivation().get(i).role() != ItemRole.COUNTED
                        || original.excerpt() == null
                        || original.independent()) {
                    continue;
                }
                copies++;
                EvidenceItem copy = new EvidenceItem(
                        "zz-copy",
                        ref(
                                "copier",
                                weakerOrEqual(
                                        random,
                                        before.derivation().get(i).grade().reliability())),
                        original.stance(),
                        original.credibility() + random.nextInt(7 - original.credibility()),
                        null,
                        original.excerpt(),
                        T0.plusSeconds(100_000),
                        original.rumourPenalty(),
                        false,
                        false);
                assertEquals(
                        before.probability(),
                        engine.assess(claim.plus(copy).items(), false).probability(),
                        0.0,
                        () -> "copy " + copy + " changed P of " + claim);
            }
        }
        assertTrue(copies > 100, "too few counted excerpts: " + copies);
    }

    /** Rules 3, 4: passing on a counted first-hand report, however weakly, never changes P. */
    @Test
    void aRepeatOfACountedReportNeverChangesTheProbability() {
        Random random = new Random(6);
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            Assessment before = engine.assess(claim.items(), false);
            for (int i = 0; i < claim.items().size(); i++) {
                EvidenceItem original = claim.items().get(i);
                ItemDerivation d = before.derivation().get(i);
                if (d.role() != ItemRole.COUNTED || original.cites() != null || d.copyOf() != null) {
                    continue;
                }
                EvidenceItem repeat = new EvidenceItem(
                        "zz-" + original.id(),
                        ref("relay", Reliability.values()[random.nextInt(6)]),
                        original.stance(),
                        original.credibility() + random.nextInt(7 - original.credibility()),
                        original.source(),
                        null,
                        T0.plusSeconds(100_000),
                        original.rumourPenalty(),
                        false,
                        false);
                assertEquals(
                        before.probability(),
                        engine.assess(claim.plus(repeat).items(), false).probability(),
                        0.0,
                        () -> "repeat " + repeat + " changed P of " + claim);
            }
        }
    }

    /** Rule 4: every item counts at the weakest rating on its way from its origin. */
    @Test
    void everyItemCountsAtTheWeakestRatingOnItsPath() {
        Random random = new Random(7);
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            for (ItemDerivation d : engine.assess(claim.items(), false).derivation()) {
                Reliability weakest = d.path().stream()
                        .map(claim.ratings()::get)
                        .max(Enum::compareTo)
                        .orElseThrow();
                assertEquals(weakest, d.grade().reliability(), () -> d + " in " + claim);
            }
        }
    }

    /** Rule 5: withdrawing an origin's own reports takes the weight of everything repeating or copying it. */
    @Test
    void withdrawingAnOriginsReportsRemovesItsRepeatsWeight() {
        Random random = new Random(8);
        int checked = 0;
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            Assessment before = engine.assess(claim.items(), false);
            Set<String> firstHandSources = new HashSet<>();
            for (int i = 0; i < claim.items().size(); i++) {
                if (claim.items().get(i).cites() == null
                        && before.derivation().get(i).copyOf() == null
                        && claim.items().get(i).stance() != Stance.CONTEXT) {
                    firstHandSources.add(claim.items().get(i).sourceId());
                }
            }
            for (String source : firstHandSources) {
                List<EvidenceItem> withdrawn = new ArrayList<>();
                for (int i = 0; i < claim.items().size(); i++) {
                    EvidenceItem item = claim.items().get(i);
                    boolean own = item.sourceId().equals(source)
                            && item.cites() == null
                            && before.derivation().get(i).copyOf() == null;
                    withdrawn.add(own ? item.withdrawnNow() : item);
                }
                Assessment after = engine.assess(withdrawn, false);
                for (int i = 0; i < withdrawn.size(); i++) {
                    ItemDerivation d = after.derivation().get(i);
                    EvidenceItem item = withdrawn.get(i);
                    boolean repeats = item.cites() != null || d.copyOf() != null;
                    if (repeats
                            && !item.withdrawn()
                            && item.stance() != Stance.CONTEXT
                            && d.originId().equals(source)) {
                        checked++;
                        // (a correction by its own source would have put it out of count first)
                        assertTrue(
                                Set.of(ItemRole.REPEATS_WITHDRAWN, ItemRole.SUPERSEDED)
                                        .contains(d.role()),
                                () -> d + " after withdrawing " + source);
                        assertEquals(0, d.contribution());
                    }
                }
            }
        }
        assertTrue(checked > 100, "too few repeats of withdrawn origins: " + checked);
    }

    /** Rule 6: a source's later item with the opposite stance supersedes its earlier report. */
    @Test
    void aLaterOppositeItemFromTheSameSourceSupersedesItsReport() {
        Random random = new Random(9);
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            Assessment before = engine.assess(claim.items(), false);
            for (int i = 0; i < claim.items().size(); i++) {
                EvidenceItem original = claim.items().get(i);
                if (before.derivation().get(i).role() != ItemRole.COUNTED
                        || original.cites() != null
                        || before.derivation().get(i).copyOf() != null) {
                    continue;
                }
                Stance opposite = original.stance() == Stance.SUPPORTS ? Stance.REFUTES : Stance.SUPPORTS;
                EvidenceItem correction = new EvidenceItem(
                        "zz-correction",
                        original.source(),
                        opposite,
                        original.credibility(),
                        null,
                        null,
                        T0.plusSeconds(100_000),
                        0,
                        false,
                        false);
                ItemDerivation after = engine.assess(claim.plus(correction).items(), false)
                        .derivation()
                        .get(i);
                assertEquals(ItemRole.SUPERSEDED, after.role(), () -> "not corrected: " + original + " in " + claim);
                assertEquals("zz-correction", after.supersededBy());
            }
        }
    }

    /** Rule 7: status, probability, words and rating never contradict each other. */
    @Test
    void statusWordsRatingAndProbabilityAgree() {
        Random random = new Random(10);
        EngineParameters p = Parameters.SHIPPED;
        for (int c = 0; c < CASES; c++) {
            Assessment a = engine.assess(claim(random).items(), random.nextBoolean());
            double prob = a.probability();
            assertEquals(Vocabulary.rating(a.status()), a.rating());
            assertEquals(Vocabulary.likelihood(a.status(), prob), a.likelihood());
            boolean inBand = switch (a.status()) {
                case CONFIRMED -> prob >= p.confirmedFrom();
                case LIKELY_TRUE -> prob >= p.likelyTrueFrom() && prob <= p.confirmedFrom() - 0.01 + 1e-12;
                case UNPROVEN -> prob > p.likelyFalseTo() && prob < p.likelyTrueFrom();
                case LIKELY_FALSE -> prob <= p.likelyFalseTo() && prob >= p.falseTo() + 0.01 - 1e-12;
                case FALSE -> prob <= p.falseTo();
                case UNVERIFIED, RUMOUR, CONTESTED -> true;
            };
            assertTrue(inBand, () -> a.status() + " with P " + prob);
            String words = a.likelihood();
            switch (a.status()) {
                case CONFIRMED ->
                    assertTrue(Set.of("very likely", "almost certain").contains(words), words);
                case LIKELY_TRUE -> assertEquals("likely", words);
                case UNPROVEN -> assertEquals("roughly even chance", words);
                case LIKELY_FALSE -> assertEquals("unlikely", words);
                case FALSE ->
                    assertTrue(Set.of("very unlikely", "almost no chance").contains(words), words);
                default -> assertTrue(words.startsWith("not judged"), words);
            }
        }
    }

    @Test
    void withdrawingAFreshItemRestoresTheAssessmentFromBeforeItWasAdded() {
        Random random = new Random(11);
        for (int c = 0; c < CASES; c++) {
            Claim claim = claim(random);
            EvidenceItem added = fresh(random, random.nextBoolean() ? Stance.SUPPORTS : Stance.REFUTES);
            assertEquals(
                    summary(engine.assess(claim.items(), false)),
                    summary(engine.assess(claim.plus(added.withdrawnNow()).items(), false)),
                    () -> "withdrawing " + added + " did not restore " + claim);
        }
    }

    @Test
    void beliefDisbeliefAndUncertaintyAlwaysSumToOneAndTheDerivationAddsUp() {
        Random random = new Random(12);
        for (int c = 0; c < CASES; c++) {
            Assessment a = engine.assess(claim(random).items(), random.nextBoolean());
            Opinion o = a.opinion();
            assertEquals(1.0, o.belief() + o.disbelief() + o.uncertainty(), 1e-9);
            assertTrue(a.probability() >= 0 && a.probability() <= 1);
            if (!a.derivation().isEmpty()) {
                ItemDerivation last = a.derivation().get(a.derivation().size() - 1);
                assertEquals(a.r(), last.runningR(), 0.0);
                assertEquals(a.s(), last.runningS(), 0.0);
            }
        }
    }

    /** A claim of 0 to 12 items over a few sources, so that repeats, chains, copies and corrections are common. */
    private static Claim claim(Random random) {
        Map<String, Reliability> ratings = new HashMap<>();
        for (int s = 0; s < 7; s++) {
            ratings.put("s" + s, Reliability.values()[random.nextInt(6)]);
        }
        int n = random.nextInt(13);
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String source = "s" + random.nextInt(5);
            String cited = random.nextInt(3) == 0 ? "s" + random.nextInt(7) : null;
            Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
            double penalty = random.nextInt(3) == 0 ? random.nextInt(5) / 4.0 : 0;
            String excerpt = random.nextBoolean() ? EXCERPTS.get(random.nextInt(EXCERPTS.size())) : null;
            items.add(new EvidenceItem(
                    "e" + i,
                    new EvidenceItem.SourceRef(source, source, ratings.get(source)),
                    stance,
                    1 + random.nextInt(6),
                    cited == null ? null : new EvidenceItem.SourceRef(cited, cited, ratings.get(cited)),
                    excerpt,
                    T0.plusSeconds(60L * random.nextInt(100)),
                    penalty,
                    random.nextInt(8) == 0,
                    random.nextInt(10) == 0));
        }
        ratings.put("copier", Reliability.F);
        return new Claim(items, ratings);
    }

    /** A first-hand item from a source new to the claim, so it can change nothing but its own side. */
    private static EvidenceItem fresh(Random random, Stance stance) {
        return new EvidenceItem(
                "new",
                ref("new-source", Reliability.values()[random.nextInt(6)]),
                stance,
                1 + random.nextInt(6),
                null,
                null,
                T0.plusSeconds(60L * random.nextInt(100)),
                random.nextInt(3) == 0 ? random.nextInt(5) / 4.0 : 0,
                false,
                false);
    }

    private static EvidenceItem.SourceRef ref(String id, Reliability reliability) {
        return new EvidenceItem.SourceRef(id, id, reliability);
    }

    private static Reliability weakerOrEqual(Random random, Reliability letter) {
        return Reliability.values()[letter.step() - 1 + random.nextInt(7 - letter.step())];
    }

    private static List<Object> summary(Assessment a) {
        return List.of(
                a.r(),
                a.s(),
                a.opinion(),
                a.probability(),
                a.status(),
                a.likelihood(),
                a.confidence(),
                a.rating(),
                a.independentOrigins(),
                a.explanation());
    }

    private static Map<String, ItemRole> roles(Assessment a) {
        return a.derivation().stream()
                .collect(Collectors.toMap(ItemDerivation::id, ItemDerivation::role, (x, y) -> x, TreeMap::new));
    }
}
