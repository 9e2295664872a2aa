package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranker's order, with a stand-in embedder that maps every text to one vector. */
class ClaimRankerTest {

    @Test
    void amongClaimsRegisteredTwiceWithTheSameWordsTheFirstRegisteredComesFirst() {
        float[] vector = new float[384];
        vector[0] = 1;
        // Ids chosen so that ordering by id would put the later registration first.
        UUID first = new UUID(0, 9);
        UUID second = new UUID(0, 1);
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(second, 8, "The mayor banned cars from the old town", vector);
            index.put(first, 3, "The mayor banned cars from the old town", vector);
            index.put(new UUID(0, 5), 5, "Ferries stopped running in winter", vector);
            index.refresh();
            ClaimRanker ranker = new ClaimRanker(
                    index,
                    text -> vector,
                    ClaimRanker.blend(ClaimRanker.SEMANTIC_WEIGHT),
                    PairSimilarity.unscored(new PairFeatures(Map.of())));
            List<ClaimRanker.Ranked> ranked = ranker.rank("the mayor banned cars", 3);
            assertEquals(
                    List.of(first, second, new UUID(0, 5)),
                    ranked.stream().map(ClaimRanker.Ranked::claimId).toList());
            assertEquals(ranked.get(0).score(), ranked.get(1).score(), 0.0, "the same words score the same");
        }
    }
}
