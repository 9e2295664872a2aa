package io.credence.assessment;

import java.util.List;

/**
 * What the engine concludes from a claim's evidence, and how.
 *
 * @param supports           how r, the supporting weight, was reached
 * @param refutes            how s, the refuting weight, was reached
 * @param priorWeight        W of the beta mapping
 * @param opinion            b = r/(r+s+W), d = s/(r+s+W), u = W/(r+s+W), base rate a
 * @param probability        P = b + a·u
 * @param independentOrigins distinct origins whose supporting or refuting items weigh anything
 * @param derivation         one row per evidence item, in the order given
 */
public record Assessment(
        StanceTotal supports,
        StanceTotal refutes,
        double priorWeight,
        Opinion opinion,
        double probability,
        Status status,
        Likelihood likelihood,
        AnalyticConfidence confidence,
        ClaimReviewRating rating,
        int independentOrigins,
        List<ItemDerivation> derivation) {

    public double r() {
        return supports.total();
    }

    public double s() {
        return refutes.total();
    }
}
