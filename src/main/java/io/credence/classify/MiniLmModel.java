package io.credence.classify;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The quantized all-MiniLM-L6-v2 model from langchain4j's jar (the same files, the same pooling),
 * run by an ONNX Runtime session of our own settings: each embedding on the calling thread alone,
 * without ONNX Runtime's own pool of threads that spin while they wait for work.
 *
 * <p>Why: the service embeds on many request threads at once (registrations, searches, checks), and
 * a batch is already spread over the cores by langchain4j's executor. With the library's default
 * session each of those calls also split its work over an intra-op pool as large as the machine, so
 * that under load the pool's threads spun against the requests' own (a quarter of a registration
 * run's CPU samples were those threads).
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    MiniLmModel() {
        super(null);
        this.encoder = encoder();
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return SentenceEmbedder.DIMENSIONS;
    }

    private static OnnxBertBiEncoder encoder() {
        // The files ship in the model's own jar; naming its class does not load the library's copy of the model.
        ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream model = jar.getResourceAsStream(MODEL_FILE);
                InputStream tokenizer = jar.getResourceAsStream(TOKENIZER_FILE);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException("The embedding model's files are missing from the class path");
            }
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model could not be loaded", e);
        }
    }
}
