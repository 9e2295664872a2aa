package io.credence.assessment;

/**
 * Rule 8: numbers a desk reads are rounded to what means something. Probabilities and the opinion
 * are shown to the hundredth; exact values stay inside the derivation, where an auditor recomputes them.
 */
public final class Rounding {

    private Rounding() {}

    public static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
