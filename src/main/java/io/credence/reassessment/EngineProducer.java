package io.credence.reassessment;

import io.credence.assessment.ConfidenceEngine;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One engine for the application, built from the configured table. */
public class EngineProducer {

    @Produces
    @Singleton
    ConfidenceEngine engine(AssessmentConfig config) {
        return new ConfidenceEngine(config.toParameters());
    }
}
