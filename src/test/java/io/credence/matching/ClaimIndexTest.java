package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
