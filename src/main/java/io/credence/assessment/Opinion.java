package io.credence.assessment;

/**
 * A binomial subjective-logic opinion (Jøsang, <i>Subjective Logic</i>, 2016, §3.2): belief b,
 * disbelief d and uncertainty u with b + d + u = 1, and base rate a. Its projected probability is
 * P = b + a·u (§3.2, eq. 3.2).
 */
public record Opinion(double belief, double disbelief, double uncertainty, double baseRate) {

    /**
     * The opinion that r units of supporting and s units of refuting evidence justify, by the beta
     * mapping with non-informative prior weight W (§3.5.2, eq. 3.11):
     * b = r / (r + s + W), d = s / (r + s + W), u = W / (r + s + W).
     * Adding r and s of independent witnesses is cumulative fusion (§12.3), which is what makes the
     * result independent of the order in which evidence arrived.
     */
    public static Opinion fromEvidence(double r, double s, double priorWeight, double baseRate) {
        double total = r + s + priorWeight;
        return new Opinion(r / total, s / total, priorWeight / total, baseRate);
    }

    public double projectedProbability() {
        return belief + baseRate * uncertainty;
    }
}
