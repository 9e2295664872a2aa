package io.credence.classify;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;

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

    private static final String AHEAD = "embedder";

    private final MiniLmModel model = new MiniLmModel();
    private final RecentVectors recent = new RecentVectors(REMEMBERED);

    /** The embedder loaded by {@link #loadAhead}, or a new one. */
    public static SentenceEmbedder load() {
        return LoadedAhead.take(AHEAD, SentenceEmbedder::new);
    }

    /** Starts loading the model (its native runtime and weights) on {@code executor}, for {@link #load}. */
    public static void loadAhead(Executor executor) {
        LoadedAhead.start(AHEAD, SentenceEmbedder::new, executor);
    }

    /**
     * Embeds the sentences not embedded recently, together: the model spreads a batch over the
     * cores, so an article's sentences take a fraction of embedding them one by one. The vectors
     * are then remembered for {@link #embed(String)}.
     */
    public void embedAll(Collection<String> sentences) {
        List<String> missing =
                sentences.stream().distinct().filter(s -> recent.get(s) == null).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<Embedding> embeddings =
                model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < missing.size(); i++) {
            recent.put(missing.get(i), embeddings.get(i).vector());
        }
    }

    /** The sentence's vector. Callers must not change the array: it may be shared. */
    public float[] embed(String sentence) {
        float[] vector = recent.get(sentence);
        if (vector == null) {
            // Outside the lock: two threads may embed one new sentence at once, and both get the same vector.
            vector = model.embed(sentence).content().vector();
            recent.put(sentence, vector);
        }
        return vector;
    }
}
