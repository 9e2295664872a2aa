package io.credence.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopiesTest {

    private final Copies copies = new Copies(0.6, 5);

    @Test
    void wordPairsAreComparedCaseFoldedAndWithoutPunctuation() {
        long[] a = copies.fingerprint("The ministry ledger lists 1.8 TONS of gold.");
        long[] b = copies.fingerprint("the ministry ledger lists 1.8 tons of gold");
        assertArrayEquals(a, b);
        assertEquals(7, a.length, "eight words, seven word pairs");
        assertNull(copies.fingerprint("Yes, it is true."), "four words are too few to call anything a copy");
    }

    /** The similarity join finds exactly the pairs that comparing every pair finds. */
    @Test
    void theJoinFindsExactlyThePairsABruteForceComparisonFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<long[]> prints = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(10) == 0) {
                    prints.add(null);
                    continue;
                }
                long[] earlier = prints.isEmpty() ? null : prints.get(random.nextInt(prints.size()));
                if (earlier != null && random.nextInt(4) == 0) {
                    prints.add(earlier.clone()); // a republished excerpt
                    continue;
                }
                Set<Long> print = new HashSet<>();
                int size = 4 + random.nextInt(12);
                while (print.size() < size) {
                    print.add((long) random.nextInt(40)); // a small vocabulary: overlaps of every degree occur
                }
                prints.add(print.stream().mapToLong(Long::longValue).sorted().toArray());
            }
            assertEquals(
                    groups(prints.size(), bruteForce(prints)),
                    groups(prints.size(), copies.pairs(prints)),
                    "round " + round);
        }
    }

    @Test
    void oneChangedWordInFifteenIsStillACopyAndAnotherStoryIsNot() {
        long[] original =
                copies.fingerprint("Moscow paid for the drones with at least 1.8 tons of gold bars, officials said.");
        long[] edited =
                copies.fingerprint("Moscow paid for the drones with at least 1.8 tonnes of gold bars, officials said.");
        long[] retold =
                copies.fingerprint("Officials told us the drone deal was settled in gold, roughly two tons of it.");
        assertEquals(1, copies.pairs(List.of(original, edited)).size());
        assertTrue(copies.pairs(List.of(original, retold)).isEmpty());
    }

    private List<int[]> bruteForce(List<long[]> prints) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < prints.size(); i++) {
            for (int j = i + 1; j < prints.size(); j++) {
                if (prints.get(i) == null || prints.get(j) == null) {
                    continue;
                }
                Set<Long> a = new HashSet<>();
                Arrays.stream(prints.get(i)).forEach(a::add);
                Set<Long> b = new HashSet<>();
                Arrays.stream(prints.get(j)).forEach(b::add);
                Set<Long> shared = new HashSet<>(a);
                shared.retainAll(b);
                if (shared.size() >= 0.6 * (a.size() + b.size() - shared.size()) - 1e-9) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    /**
     * The groups the pairs make (each item labelled by the smallest item of its group): what the
     * engine uses. The join pairs a republished excerpt with its first copy only, so pair lists differ
     * where groups cannot.
     */
    private static List<Integer> groups(int n, List<int[]> pairs) {
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] p : pairs) {
                int low = Math.min(group[p[0]], group[p[1]]);
                if (group[p[0]] != low || group[p[1]] != low) {
                    group[p[0]] = low;
                    group[p[1]] = low;
                    changed = true;
                }
            }
        }
        List<Integer> labels = new ArrayList<>();
        for (int g : group) {
            labels.add(g);
        }
        return labels;
    }
}
