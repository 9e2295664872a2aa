package io.credence.assessment;

/**
 * ICD 203 analytic confidence: how well founded the judgement is (how much evidence, from how many
 * independent origins), reported apart from the likelihood and never merged with it.
 */
public enum AnalyticConfidence {
    LOW,
    MODERATE,
    HIGH
}
