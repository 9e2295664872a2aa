package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The 40 hand-made pairs (src/test/resources/matching/pairs.tsv: paraphrases labelled 1, a different
 * fact on the same subject labelled 0), ranked through the same path as a search: a check that the
 * pieces fit, not a measurement (that is scripts/eval-matching.sh on CLEF2020 Task 2). A Quarkus
 * test, so the embedding model's native libraries load once, in the application's class loader.
 */
@QuarkusTest
class MatchingPairsTest {

    @Inject
    SentenceEmbedder embedder;

    record Pair(boolean same, String a, String b) {}

    @Test
    void paraphrasesAreFoundFirstAndNoDifferentFactIsTheSame() throws IOException {
        List<Pair> pairs = pairs();
        Map<String, UUID> ids = new LinkedHashMap<>();
        PairSimilarity similarity = PairSimilarity.load(ClaimSearch.PAIR);
        RelationJudge judge = new RelationJudge(RelationJudge.Thresholds.of(similarity));
        List<String> failures = new ArrayList<>();
        try (ClaimIndex index = ClaimIndex.inMemory()) {
            for (Pair pair : pairs) {
                ids.computeIfAbsent(pair.a(), a -> {
                    UUID id = UUID.randomUUID();
                    index.put(id, ids.size() + 1, a, embedder.embed(a));
                    return id;
                });
            }
            index.refresh();
            ClaimRanker ranker = new ClaimRanker(
                    index, embedder::embed, SentenceClassifier.load(ClaimSearch.RERANKER)::probability, similarity);
            for (Pair pair : pairs) {
                // The first three claims say the same as one another, so a paraphrase of one may rank another first.
                List<ClaimRanker.Ranked> ranked = ranker.rank(pair.b(), 3);
                ClaimRanker.Ranked ofA = ranked.stream()
                        .filter(r -> r.claimId().equals(ids.get(pair.a())))
                        .findFirst()
                        .orElse(null);
                Relation relation = ofA == null
                        ? null
                        : judge.judge(pair.b(), pair.a(), ofA.cosine(), ofA.similarity())
                                .relation();
                if (System.getenv("SHOW_PAIRS") != null) {
                    System.out.printf(
                            "%s %.3f %s %s | %s%n",
                            pair.same() ? 1 : 0, ofA == null ? 0 : ofA.similarity(), relation, pair.a(), pair.b());
                }
                if (pair.same() && relation != Relation.SAME) {
                    failures.add("paraphrase not SAME in the first three: " + pair + " " + ofA + " " + relation);
                }
                if (!pair.same() && relation == Relation.SAME) {
                    failures.add("different fact taken for SAME: " + pair + " " + ofA);
                }
            }
        }
        // One known miss (docs/MATCHING.md): "Beijing banned exports of gallium to the United States" against
        // "The United States banned chip exports to China" reads as the same to the vectors and the guards.
        assertTrue(failures.stream().noneMatch(f -> f.startsWith("paraphrase")), String.join("\n", failures));
        assertTrue(failures.size() <= 1, String.join("\n", failures));
    }

    private static List<Pair> pairs() throws IOException {
        List<Pair> pairs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MatchingPairsTest.class.getClassLoader().getResourceAsStream("matching/pairs.tsv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                pairs.add(new Pair(f[0].equals("1"), f[1], f[2]));
            }
        }
        return pairs;
    }
}
