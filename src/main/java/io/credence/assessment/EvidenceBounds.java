package io.credence.assessment;

/**
 * Rule 1, "volume does not confirm": the grade of evidence each status needs, whatever the number
 * of weaker items.
 *
 * @param countsFrom   the least grade that counts at all; support (or refutation) only below it leaves
 *                     a claim UNVERIFIED. Shipped: D4, so E-F sources and credibility 5-6 never decide.
 * @param confirmsFrom CONFIRMED (FALSE) needs at least one item of this grade. Shipped: B2.
 * @param secondFrom   ... and a second independent origin of at least this grade; only items of at
 *                     least this grade then decide. Shipped: C3.
 */
public record EvidenceBounds(Grade countsFrom, Grade confirmsFrom, Grade secondFrom) {

    public EvidenceBounds {
        if (!confirmsFrom.atLeast(secondFrom) || !secondFrom.atLeast(countsFrom)) {
            throw new IllegalArgumentException("bounds must ask more for confirmation than for a second origin, "
                    + "and more for that than for counting at all; were " + confirmsFrom + ", " + secondFrom
                    + ", " + countsFrom);
        }
    }
}
