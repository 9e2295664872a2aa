package io.credence.language;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One analyzer for the application: the lexicon is compiled once, at start-up. */
public class AnalyzerProducer {

    @Produces
    @Singleton
    RumourAnalyzer analyzer() {
        return RumourAnalyzer.standard();
    }
}
