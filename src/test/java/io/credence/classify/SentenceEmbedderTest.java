package io.credence.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The application's embedder: unit vectors of 384 dimensions that put paraphrases closer than
 * unrelated sentences, the same whether requests embed one after another or at once (DJL does not
 * promise its tokenizer is safe to share; the service shares one). A Quarkus test, so the native
 * libraries load once, in the application's class loader.
 */
@QuarkusTest
class SentenceEmbedderTest {

    @Inject
    SentenceEmbedder embedder;

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] claim = embedder.embed("Moscow paid for the drones with gold bars.");
        float[] paraphrase = embedder.embed("Russia bought the drones with gold bullion.");
        float[] unrelated = embedder.embed("The football club signed a new goalkeeper.");
        assertEquals(SentenceEmbedder.DIMENSIONS, claim.length);
        assertEquals(1.0, dot(claim, claim), 1e-3, "unit length");
        assertTrue(
                dot(claim, paraphrase) > dot(claim, unrelated) + 0.2,
                () -> dot(claim, paraphrase) + " vs " + dot(claim, unrelated));
    }

    /**
     * The service runs the model in a session of its own settings (one thread per call, no spinning);
     * the vectors must be the library's, since the reranker, the pair model and every stored vector
     * were made with them.
     */
    @Test
    void vectorsAreTheLibrarysOwn() {
        var library = new AllMiniLmL6V2QuantizedEmbeddingModel();
        for (String sentence : List.of(
                "Moscow paid for the drones with at least 1.8 tons of gold bars.",
                "RT @someone: 70% of arrested Charlotte protesters are out-of-state criminals #charlotte",
                "x")) {
            float[] expected = library.embed(sentence).content().vector();
            float[] served = embedder.embed(sentence);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], served[i], 1e-6, () -> sentence);
            }
        }
    }

    @Test
    void concurrentEmbeddingsEqualSequentialOnes() throws Exception {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sentences.add("Report " + i + ": " + (i * 7 % 13) + " ships left the port"
                    + (i % 2 == 0 ? ", officials said." : "."));
        }
        List<float[]> sequential = sentences.stream().map(embedder::embed).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> concurrent = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String s : sentences) {
                    concurrent.add(pool.submit(() -> embedder.embed(s)));
                }
            }
            for (int i = 0; i < concurrent.size(); i++) {
                assertArrayEquals(
                        sequential.get(i % sentences.size()), concurrent.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
