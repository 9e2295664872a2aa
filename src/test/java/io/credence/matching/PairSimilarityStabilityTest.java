package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The similarity a match reports is the pair's own: the same in an index holding only the claim and
 * in one holding the 10,375 Snopes claims of CLEF2020-CheckThat! Task 2 as well (their texts from
 * ../shared/data; their vectors random, since only the words' statistics and the other candidates
 * could move a pair's number, and the claims' own vectors would take a minute to compute). The
 * order's score, which may read the other candidates, does move: the test would see a drift. A
 * Quarkus test, so the embedding model's native libraries load once.
 */
@QuarkusTest
class PairSimilarityStabilityTest {

    private static final String CLAIM = "Moscow paid for the drones with 1.8 tons of gold.";
    private static final String TEXT = "Russia reportedly paid Iran 1.8 tonnes of gold bars for drones.";

    @Inject
    SentenceEmbedder embedder;

    @Test
    void aPairsSimilarityIsTheSameWhateverElseIsRegistered() throws IOException {
        PairSimilarity similarity = PairSimilarity.load(ClaimSearch.PAIR);
        SentenceClassifier reranker = SentenceClassifier.load(ClaimSearch.RERANKER);
        UUID claim = UUID.randomUUID();
        ClaimRanker.Ranked alone;
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(claim, 1, CLAIM, embedder.embed(CLAIM));
            index.refresh();
            alone = only(
                    new ClaimRanker(index, embedder::embed, reranker::probability, similarity).rank(TEXT, 50), claim);
        }
        ClaimRanker.Ranked among;
        List<ClaimMatchingData.VerifiedClaim> snopes = ClaimMatchingData.verifiedClaims(ClaimMatchingData.root());
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            Random random = new Random(42);
            for (int i = 0; i < snopes.size(); i++) {
                ClaimMatchingData.VerifiedClaim other = snopes.get(i);
                index.put(new ClaimIndex.Entry(
                        UUID.nameUUIDFromBytes(other.id().getBytes(StandardCharsets.UTF_8)),
                        i + 1,
                        other.text(),
                        randomUnit(random),
                        other.title().isBlank() ? null : other.title(),
                        null));
            }
            index.put(claim, snopes.size() + 1, CLAIM, embedder.embed(CLAIM));
            index.refresh();
            among = only(
                    new ClaimRanker(index, embedder::embed, reranker::probability, similarity).rank(TEXT, 50), claim);
        }
        assertEquals(alone.similarity(), among.similarity(), 0.0, "the pair's similarity");
        assertEquals(alone.cosine(), among.cosine(), 0.0);
        assertTrue(alone.similarity() >= similarity.threshold(), "the paraphrase says the same: " + alone);
        // What the other claims do change: the order's score reads BM25 relative to the best candidate and ranks.
        assertNotEquals(alone.score(), among.score(), "the score reads the other candidates");
    }

    @Test
    void aClaimTakesNoPartInItsOwnSearch() {
        PairSimilarity similarity = PairSimilarity.load(ClaimSearch.PAIR);
        SentenceClassifier reranker = SentenceClassifier.load(ClaimSearch.RERANKER);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            index.put(first, 1, CLAIM, embedder.embed(CLAIM));
            index.put(second, 2, TEXT, embedder.embed(TEXT));
            index.refresh();
            ClaimRanker ranker = new ClaimRanker(index, embedder::embed, reranker::probability, similarity);
            List<ClaimRanker.Ranked> own = ranker.rank(TEXT, 5, Set.of(second));
            assertEquals(
                    List.of(first),
                    own.stream().map(ClaimRanker.Ranked::claimId).toList());
            // Its candidates' features are measured against the others only: the first is now the best by words.
            ClaimRanker.Candidate candidate =
                    ranker.candidates(TEXT, 5, Set.of(second)).get(0);
            assertEquals(1.0, candidate.features().get("bm25Relative"), 0.0);
            assertEquals(0.0, candidate.features().get("cosineBehindBest"), 0.0);
        }
    }

    private static ClaimRanker.Ranked only(List<ClaimRanker.Ranked> ranked, UUID claim) {
        return ranked.stream()
                .filter(r -> r.claimId().equals(claim))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the claim is not among the candidates: " + ranked));
    }

    /** A random unit vector of the embedding's dimensions. */
    static float[] randomUnit(Random random) {
        float[] v = new float[SentenceEmbedder.DIMENSIONS];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
