package io.credence.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the matcher at its threshold on a small hand-made set of claim pairs
 * (src/test/resources/matching/pairs.tsv: paraphrases labelled 1, different claims on the same
 * topic labelled 0). The figures are in docs/MATCHING.md.
 */
class ClaimSimilarityTest {

    private static final ClaimSimilarity SIMILARITY = ClaimSimilarity.standard();

    @Test
    void paraphrasesMatchAndDifferentNumbersLowerTheScore() {
        double paraphrase = SIMILARITY.similarity("Moscow paid for the drones with 1.8 tons of gold",
                "Russia reportedly paid Iran 1.8 tonnes of gold bars for drones");
        double otherNumber = SIMILARITY.similarity("Moscow paid for the drones with 1.8 tons of gold",
                "Moscow paid for the drones with 18 tons of gold");
        assertTrue(paraphrase >= ClaimMatcher.THRESHOLD, "paraphrase scored " + paraphrase);
        assertTrue(otherNumber < ClaimMatcher.THRESHOLD, "a different number scored " + otherNumber);
        assertTrue(otherNumber < SIMILARITY.similarity("Moscow paid for the drones with 1.8 tons of gold",
                "Moscow paid for the drones with 1.8 tons of gold"));
    }

    @Test
    void precisionAndRecallOnTheLabelledPairs() throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (String line : pairs()) {
            String[] cells = line.split("\t");
            boolean same = cells[0].equals("1");
            boolean matched = SIMILARITY.similarity(cells[1], cells[2]) >= ClaimMatcher.THRESHOLD;
            if (matched && same) {
                tp++;
            } else if (matched) {
                fp++;
            } else if (same) {
                fn++;
            }
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf("matching at %.2f: precision %.3f recall %.3f (tp %d fp %d fn %d)%n",
                ClaimMatcher.THRESHOLD, precision, recall, tp, fp, fn);
        assertTrue(precision >= 0.9, "precision " + precision);
        assertTrue(recall >= 0.8, "recall " + recall);
    }

    static List<String> pairs() throws IOException {
        try (InputStream in = ClaimSimilarityTest.class.getClassLoader().getResourceAsStream("matching/pairs.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        }
    }
}
