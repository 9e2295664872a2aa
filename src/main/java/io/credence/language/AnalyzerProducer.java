package io.credence.language;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One analyzer for the application: the lexicon is compiled and the uncertainty model loaded once, at start-up. */
public class AnalyzerProducer {

    @Produces
    @Singleton
    @Startup
    RumourAnalyzer analyzer(LanguageConfig config) {
        return RumourAnalyzer.withModel(UncertaintyModel.shipped(config.modelFlagFrom()));
    }
}
