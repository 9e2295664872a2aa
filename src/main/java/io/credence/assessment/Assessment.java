package io.credence.assessment;

import java.util.List;

/**
 * What the engine concludes from a claim's evidence, and how.
 *
 * @param supports            how r, the supporting weight, was reached
 * @param refutes             how s, the refuting weight, was reached
 * @param priorWeight         W of the beta mapping
 * @param opinion             b = r/(r+s+W), d = s/(r+s+W), u = W/(r+s+W), base rate a
 * @param evidenceProbability P = b + a·u of that opinion
 * @param probability         the probability reported with the status: P, or P held inside the status's
 *                            band when a bound capped the status (rule 1)
 * @param likelihood          the status's likelihood words (rule 7)
 * @param cap                 why the status is lower than P alone would give, or null
 * @param independentOrigins  distinct origins whose deciding items weigh anything
 * @param explanation         why the claim has its status, in words a desk editor can read aloud
 * @param derivation          one row per evidence item, in the order given
 */
public record Assessment(
        StanceTotal supports,
        StanceTotal refutes,
        double priorWeight,
        Opinion opinion,
        double evidenceProbability,
        double probability,
        Status status,
        String likelihood,
        AnalyticConfidence confidence,
        ClaimReviewRating rating,
        Cap cap,
        int independentOrigins,
        String explanation,
        List<ItemDerivation> derivation) {

    /** Why a status stopped short of CONFIRMED (or FALSE) although P reached its band. */
    public enum Cap {
        /** No item of the grade confirmation needs (shipped: A-B with credibility 1-2). */
        NO_STRONG_ITEM,
        /** A strong item, but no second independent origin of the grade needed (shipped: C3). */
        NO_SECOND_ORIGIN,
        /** The items of the grade confirmation needs do not reach its band on their own. */
        STRONG_ITEMS_NOT_ENOUGH
    }

    public double r() {
        return supports.total();
    }

    public double s() {
        return refutes.total();
    }
}
