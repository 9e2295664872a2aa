package io.credence.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over many generated claims (fixed seeds, so a failure can be replayed).
 * Items mix stances, reliabilities, credibilities, rumour penalties, repeated origins and withdrawals.
 */
class ConfidenceEnginePropertiesTest {

    private static final int CASES = 3_000;
    private final ConfidenceEngine engine = new ConfidenceEngine(Parameters.SHIPPED);

    @Test
    void evidenceOrderNeverChangesTheResult() {
        Random random = new Random(1);
        for (int c = 0; c < CASES; c++) {
            List<EvidenceItem> items = claim(random);
            List<EvidenceItem> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, random);
            Assessment a = engine.assess(items, false);
            Assessment b = engine.assess(shuffled, false);
            assertEquals(summary(a), summary(b), () -> "order changed the result for " + items);
            assertEquals(roles(a), roles(b), () -> "order changed the roles for " + items);
        }
    }

    @Test
    void supportingEvidenceNeverLowersTheProbabilityAndRefutingNeverRaisesIt() {
        Random random = new Random(2);
        for (int c = 0; c < CASES; c++) {
            List<EvidenceItem> items = claim(random);
            double before = engine.assess(items, false).probability();
            EvidenceItem support = item(random, "new", Stance.SUPPORTS, items.size());
            EvidenceItem refute = item(random, "new", Stance.REFUTES, items.size());
            double withSupport = engine.assess(plus(items, support), false).probability();
            double withRefute = engine.assess(plus(items, refute), false).probability();
            assertTrue(withSupport >= before, () -> "adding " + support + " to " + items + " lowered P");
            assertTrue(withRefute <= before, () -> "adding " + refute + " to " + items + " raised P");
        }
    }

    @Test
    void aRepeatOfACountedOriginNeverChangesTheProbability() {
        Random random = new Random(3);
        for (int c = 0; c < CASES; c++) {
            List<EvidenceItem> items = claim(random);
            Assessment before = engine.assess(items, false);
            for (EvidenceItem original : items) {
                if (original.withdrawn() || original.stance() == Stance.CONTEXT) {
                    continue;
                }
                // The same report passed on again: same origin and stance, no stronger than the original.
                EvidenceItem repeat = new EvidenceItem("zz-" + original.id(), "outlet-" + random.nextInt(100),
                        original.originId(), original.stance(),
                        original.credibility() + random.nextInt(7 - original.credibility()),
                        original.reliability(), original.rumourPenalty(), false);
                Assessment after = engine.assess(plus(items, repeat), false);
                assertEquals(before.probability(), after.probability(), 0.0,
                        () -> "repeat " + repeat + " changed P of " + items);
            }
        }
    }

    @Test
    void withdrawingAnItemRestoresTheAssessmentFromBeforeItWasAdded() {
        Random random = new Random(4);
        for (int c = 0; c < CASES; c++) {
            List<EvidenceItem> items = claim(random);
            EvidenceItem added = item(random, "late", random.nextBoolean() ? Stance.SUPPORTS : Stance.REFUTES, items.size());
            EvidenceItem withdrawn = new EvidenceItem(added.id(), added.sourceId(), added.originId(), added.stance(),
                    added.credibility(), added.reliability(), added.rumourPenalty(), true);
            assertEquals(summary(engine.assess(items, false)), summary(engine.assess(plus(items, withdrawn), false)),
                    () -> "withdrawing " + added + " did not restore " + items);
        }
    }

    @Test
    void beliefDisbeliefAndUncertaintyAlwaysSumToOne() {
        Random random = new Random(5);
        for (int c = 0; c < CASES; c++) {
            Assessment a = engine.assess(claim(random), random.nextBoolean());
            Opinion o = a.opinion();
            assertEquals(1.0, o.belief() + o.disbelief() + o.uncertainty(), 1e-9);
            assertTrue(a.probability() >= 0 && a.probability() <= 1);
            assertEquals(Likelihood.of(a.probability()), a.likelihood());
        }
    }

    @Test
    void theDerivationAddsUpToRAndS() {
        Random random = new Random(6);
        for (int c = 0; c < CASES; c++) {
            Assessment a = engine.assess(claim(random), false);
            if (a.derivation().isEmpty()) {
                continue;
            }
            ItemDerivation last = a.derivation().get(a.derivation().size() - 1);
            assertEquals(a.r(), last.runningR(), 0.0);
            assertEquals(a.s(), last.runningS(), 0.0);
        }
    }

    /** A claim of 0 to 12 items over a few origins, so that repeats are common. */
    private static List<EvidenceItem> claim(Random random) {
        int n = random.nextInt(13);
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
            EvidenceItem item = item(random, "e", stance, i);
            if (random.nextInt(8) == 0) {
                item = new EvidenceItem(item.id(), item.sourceId(), item.originId(), item.stance(), item.credibility(),
                        item.reliability(), item.rumourPenalty(), true);
            }
            items.add(item);
        }
        return items;
    }

    private static EvidenceItem item(Random random, String prefix, Stance stance, int index) {
        String source = "s" + random.nextInt(5);
        String origin = random.nextInt(3) == 0 ? "s" + random.nextInt(5) : source;
        double penalty = random.nextInt(3) == 0 ? random.nextInt(5) / 4.0 : 0;
        return new EvidenceItem(prefix + index, source, origin, stance, 1 + random.nextInt(6),
                Reliability.values()[random.nextInt(6)], penalty, false);
    }

    private static List<EvidenceItem> plus(List<EvidenceItem> items, EvidenceItem item) {
        List<EvidenceItem> more = new ArrayList<>(items);
        more.add(item);
        return more;
    }

    private static List<Object> summary(Assessment a) {
        return List.of(a.r(), a.s(), a.opinion(), a.probability(), a.status(), a.likelihood(), a.confidence(),
                a.rating(), a.independentOrigins());
    }

    private static Map<String, ItemRole> roles(Assessment a) {
        return a.derivation().stream().collect(Collectors.toMap(ItemDerivation::id, ItemDerivation::role,
                (x, y) -> x, java.util.TreeMap::new));
    }

}
