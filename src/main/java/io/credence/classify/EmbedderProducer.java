package io.credence.classify;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One embedding model for the application (loaded at start-up, by the check-worthiness model that needs it, or ahead: {@link LoadedAhead}). */
public class EmbedderProducer {

    @Produces
    @Singleton
    SentenceEmbedder embedder() {
        return SentenceEmbedder.load();
    }
}
