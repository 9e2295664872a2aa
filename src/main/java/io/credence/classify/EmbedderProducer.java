package io.credence.classify;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One embedding model for the application, loaded at first use. */
public class EmbedderProducer {

    @Produces
    @Singleton
    SentenceEmbedder embedder() {
        return new SentenceEmbedder();
    }
}
