package io.credence.reassessment;

import io.credence.assessment.Assessment;
import io.credence.assessment.Rounding;
import io.credence.assessment.Status;

/** A claim's computed status as its audit chain records it when the engine changes it (rule 9). */
public record ComputedStatus(Status status, Double probability, String explanation) {

    static ComputedStatus of(Assessment a) {
        return new ComputedStatus(a.status(), Rounding.hundredths(a.probability()), a.explanation());
    }
}
