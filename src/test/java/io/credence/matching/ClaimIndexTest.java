package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index on its own, with hand-made unit vectors. */
class ClaimIndexTest {

    private static final UUID GOLD = UUID.randomUUID();
    private static final UUID FERRY = UUID.randomUUID();

    @Test
    void findsByVectorAndByStemmedWords() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(GOLD, 1, "Moscow paid for the drones with gold bars", unit(1, 0.1f));
            index.put(FERRY, 2, "A ferry capsized in the harbour", unit(0, 1));
            index.refresh();
            assertEquals(List.of(GOLD), ids(index.candidates("", List.of(unit(1, 0)), 1)));
            assertEquals(List.of(FERRY), ids(index.candidates("", List.of(unit(0.1f, 1)), 1)));
            // "paying" and "paid" share no stem, "drone" and "drones" do.
            assertEquals(List.of(GOLD), ids(index.candidates("a drone", List.of(), 5)));
            assertEquals(List.of(), index.candidates("the of and", List.of(), 5));
            List<ClaimIndex.Found> found = index.candidates("harbour", List.of(unit(0, 1), unit(1, 0)), 1);
            assertEquals(2, found.size(), "the nearest to each vector and the best by words");
            ClaimIndex.Found ferry = found.stream()
                    .filter(f -> f.claimId().equals(FERRY))
                    .findFirst()
                    .orElseThrow();
            assertEquals("A ferry capsized in the harbour", ferry.text());
            assertEquals(1.0f, ferry.cosines()[0], 1e-4f);
            assertEquals(0.0f, ferry.cosines()[1], 1e-4f);
            assertEquals(0, ferry.vectorRank());
            assertEquals(0, ferry.lexicalRank());
            ClaimIndex.Found gold = found.stream()
                    .filter(f -> f.claimId().equals(GOLD))
                    .findFirst()
                    .orElseThrow();
            assertEquals(-1, gold.lexicalRank());
            assertEquals(0f, gold.bm25());
        }
    }

    @Test
    void aHeadlineIsFoundByItsWordsAndItsVector() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(new ClaimIndex.Entry(
                    GOLD,
                    1,
                    "Moscow paid for the drones with gold bars",
                    unit(1, 0),
                    "Did Russia pay Iran in bullion?",
                    unit(0, 1)));
            index.put(FERRY, 2, "A ferry capsized in the harbour", unit(1, 1));
            index.refresh();
            assertEquals(List.of(GOLD), ids(index.candidates("bullion", List.of(), 5)), "the headline's words");
            ClaimIndex.Found gold = index.candidates("", List.of(unit(0, 1)), 1).get(0);
            assertEquals(GOLD, gold.claimId(), "nearest by the headline's vector");
            assertEquals(1.0f, gold.cosines()[0], 1e-4f, "the better of the claim's and the headline's cosine");
            assertEquals(
                    "Moscow paid for the drones with gold bars", gold.text(), "the claim's text, not its headline");
            ClaimIndex.Found ferry = index.candidates("", List.of(unit(1, 0)), 5).stream()
                    .filter(f -> f.claimId().equals(FERRY))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Math.sqrt(0.5), ferry.cosines()[0], 1e-4f, "a claim without a headline: its own cosine");
        }
    }

    @Test
    void puttingAClaimAgainReplacesIt() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(GOLD, 1, "gold", unit(1, 0));
            index.put(GOLD, 1, "silver", unit(0, 1));
            index.refresh();
            assertEquals(1, index.size());
            assertEquals(List.of(), index.candidates("gold", List.of(), 5));
        }
    }

    @Test
    void aCommittedIndexReopensWithItsSequence(@TempDir Path directory) {
        try (ClaimIndex index = ClaimIndex.onDisk(directory)) {
            assertEquals(0, index.committedSequence());
            index.put(GOLD, 1, "Moscow paid in gold", unit(1, 0));
            index.commit(42, FERRY);
        }
        try (ClaimIndex index = ClaimIndex.onDisk(directory)) {
            assertEquals(42, index.committedSequence());
            assertEquals(FERRY, index.committedOrigin());
            assertEquals(1, index.size());
            index.clear();
            index.refresh();
            assertEquals(0, index.size());
        }
    }

    @Test
    void aClaimPutIsFoundAtOnceAsItWillBeFoundOnceTheIndexRefreshes() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(FERRY, 1, "A ferry capsized in the harbour", unit(0, 1));
            for (int i = 1; i <= 20; i++) {
                index.put(UUID.randomUUID(), 1 + i, "Report " + i + " on the harbour's budget", unit(i, 20 - i));
            }
            index.refresh();
            index.put(new ClaimIndex.Entry(
                    GOLD,
                    30,
                    "Moscow paid for the drones with gold bars in the harbour",
                    unit(1, 0.1f),
                    "Did Russia pay in gold?",
                    unit(1, 1)));
            List<float[]> queries = List.of(unit(1, 0), unit(0.9f, 1));
            Map<UUID, ClaimIndex.Found> recent = byId(index.candidates("gold bars in the harbour", queries, 5));
            index.refresh();
            Map<UUID, ClaimIndex.Found> refreshed = byId(index.candidates("gold bars in the harbour", queries, 5));

            assertEquals(refreshed.keySet(), recent.keySet());
            ClaimIndex.Found before = recent.get(GOLD);
            ClaimIndex.Found after = refreshed.get(GOLD);
            assertEquals(after.text(), before.text());
            assertEquals(after.headline(), before.headline());
            assertEquals(after.sequence(), before.sequence());
            assertArrayEquals(after.cosines(), before.cosines(), 1e-6f);
            assertEquals(0, before.lexicalRank(), "the best by words, among the indexed claims' scores");
            assertEquals(after.lexicalRank(), before.lexicalRank());
            assertEquals(after.vectorRank(), before.vectorRank());
            assertEquals(after.bm25(), before.bm25(), after.bm25() * 1e-5f, "BM25 with the index's statistics");
            for (UUID id : refreshed.keySet()) {
                assertEquals(refreshed.get(id).lexicalRank(), recent.get(id).lexicalRank(), "every rank as after");
                // The indexed claims' scores are Lucene's over statistics without the recent claim: 1 of 22 here.
                assertEquals(
                        refreshed.get(id).bm25(),
                        recent.get(id).bm25(),
                        refreshed.get(id).bm25() * 0.05f);
            }
        }
    }

    @Test
    void aClaimPutAgainIsFoundOnlyAsItIsNow() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(GOLD, 1, "gold", unit(1, 0));
            index.put(FERRY, 2, "ferry", unit(0, 1));
            index.refresh();
            index.put(GOLD, 1, "silver", unit(1, 1));
            assertEquals(List.of(), index.candidates("gold", List.of(), 5));
            assertEquals(List.of(GOLD), ids(index.candidates("silver", List.of(), 5)));
            List<ClaimIndex.Found> nearest = index.candidates("", List.of(unit(1, 0)), 5);
            assertEquals(2, nearest.size(), "the claim once, as put last, and the other");
            assertEquals("silver", byId(nearest).get(GOLD).text());
        }
    }

    @Test
    void everyClaimPutIsFoundWhileOtherWritersAndTheRefreshesGoOn() throws Exception {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            int writers = 4;
            int each = 300; // 1,200 in all: several refreshes of 256 happen on the index's own thread meanwhile
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<Integer>> missed = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Random random = new Random(w);
                missed.add(pool.submit(() -> {
                    int misses = 0;
                    for (int i = 0; i < each; i++) {
                        UUID claim = UUID.randomUUID();
                        float[] vector = PairSimilarityStabilityTest.randomUnit(random);
                        index.put(claim, 0, "claim " + claim, vector);
                        if (!ids(index.candidates("", List.of(vector), 10)).contains(claim)) {
                            misses++;
                        }
                    }
                    return misses;
                }));
            }
            pool.shutdown();
            for (Future<Integer> writer : missed) {
                assertEquals(0, writer.get(2, TimeUnit.MINUTES), "claims a writer's next search did not find");
            }
            assertEquals(writers * each, index.size());
        }
    }

    @Test
    void searchesMoveToTheMergedSegmentAtOnce() {
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            for (int i = 0; i < 3; i++) {
                index.put(UUID.randomUUID(), i + 1, "claim " + i, unit(1, i));
                index.refresh();
            }
            assertEquals(3, index.searchedSegments());
            index.merge(1);
            assertEquals(1, index.searchedSegments(), "not the three segments the merge replaced");
        }
    }

    private static Map<UUID, ClaimIndex.Found> byId(List<ClaimIndex.Found> found) {
        Map<UUID, ClaimIndex.Found> byId = new HashMap<>();
        found.forEach(f -> byId.put(f.claimId(), f));
        assertEquals(found.size(), byId.size(), "each claim found once");
        return byId;
    }

    private static List<UUID> ids(List<ClaimIndex.Found> found) {
        return found.stream().map(ClaimIndex.Found::claimId).toList();
    }

    /** A 384-dimension unit vector pointing along the first two axes. */
    private static float[] unit(float x, float y) {
        float[] v = new float[384];
        float norm = (float) Math.sqrt(x * x + y * y);
        v[0] = x / norm;
        v[1] = y / norm;
        return v;
    }
}
