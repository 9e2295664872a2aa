package io.credence.classify;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings in process: the quantized all-MiniLM-L6-v2 model that ships inside its jar
 * (384 dimensions, unit length), run by ONNX Runtime. Thread-safe; load it once.
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;
    /** Stored beside each vector, so that vectors of another model are never compared with these. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";

    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    public float[] embed(String sentence) {
        return model.embed(sentence).content().vector();
    }
}
