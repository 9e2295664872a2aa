package io.credence.check;

import io.credence.classify.SentenceEmbedder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The shipped check-worthiness model, loaded once at start-up (a broken model file stops the start, not a request). */
public class CheckWorthinessProducer {

    @Produces
    @Singleton
    @Startup
    CheckWorthinessModel model(SentenceEmbedder embedder) {
        return CheckWorthinessModel.shipped(embedder);
    }
}
