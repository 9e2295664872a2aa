package io.credence.assessment;

/**
 * ICD 203 expressions of likelihood, each with the upper bound of its probability band
 * (almost no chance 1-5 %, very unlikely 5-20 %, unlikely 20-45 %, roughly even chance 45-55 %,
 * likely 55-80 %, very likely 80-95 %, almost certain 95-99 %).
 */
public enum Likelihood {
    ALMOST_NO_CHANCE("almost no chance", 0.05),
    VERY_UNLIKELY("very unlikely", 0.20),
    UNLIKELY("unlikely", 0.45),
    ROUGHLY_EVEN_CHANCE("roughly even chance", 0.55),
    LIKELY("likely", 0.80),
    VERY_LIKELY("very likely", 0.95),
    ALMOST_CERTAIN("almost certain", 1.0);

    private final String words;
    private final double upTo;

    Likelihood(String words, double upTo) {
        this.words = words;
        this.upTo = upTo;
    }

    public String words() {
        return words;
    }

    /** The band a probability falls in; a value on a boundary belongs to the lower band. */
    public static Likelihood of(double probability) {
        for (Likelihood band : values()) {
            if (probability <= band.upTo) {
                return band;
            }
        }
        return ALMOST_CERTAIN;
    }

    /** The band a probability falls in, a value on a boundary belonging to the upper band. */
    public static Likelihood ofUpper(double probability) {
        Likelihood[] bands = values();
        for (int i = 0; i < bands.length - 1; i++) {
            if (probability < bands[i].upTo) {
                return bands[i];
            }
        }
        return ALMOST_CERTAIN;
    }

    /** Whether a probability is an edge between two bands (0.05, 0.20, 0.45, 0.55, 0.80 or 0.95). */
    public static boolean isBandEdge(double probability) {
        for (int i = 0; i < values().length - 1; i++) {
            if (values()[i].upTo == probability) {
                return true;
            }
        }
        return false;
    }
}
