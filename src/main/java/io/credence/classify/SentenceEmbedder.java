package io.credence.classify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings in process: the quantized all-MiniLM-L6-v2 model that ships inside its jar
 * (384 dimensions, unit length), run by ONNX Runtime. Thread-safe; load it once.
 *
 * <p>Recent sentences are remembered: an article check embeds each sentence for its
 * check-worthiness and again to match it against the registered claims.
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;
    /** Stored beside each vector, so that vectors of another model are never compared with these. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";
    private static final int REMEMBERED = 4096;

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final Cache<String, float[]> recent = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    /** The sentence's vector. Callers must not change the array: it may be shared. */
    public float[] embed(String sentence) {
        return recent.get(sentence, s -> model.embed(s).content().vector());
    }
}
