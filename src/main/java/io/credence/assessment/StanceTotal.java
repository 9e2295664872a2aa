package io.credence.assessment;

/**
 * How the weight of one stance (r for SUPPORTS, s for REFUTES) was reached:
 * total = max(sumOfOrigins, strongestAlone).
 *
 * @param sumOfOrigins   the sum, over independent origins, of each origin's strongest item at its
 *                       base weight (a credibility-1 item counted as credibility 2: its confirmation
 *                       is then the other items in the claim)
 * @param strongestAlone the single strongest item at its full weight (credibility 1 included: its
 *                       confirmation lies outside the claim)
 * @param rule           which of the two gave the total
 */
public record StanceTotal(Stance stance, double sumOfOrigins, double strongestAlone, double total, Rule rule) {

    public enum Rule {
        SUM_OF_ORIGINS,
        STRONGEST_ALONE,
        NO_EVIDENCE
    }
}
