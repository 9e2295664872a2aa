package io.credence.assessment;

/**
 * What the engine needs to know of one evidence item.
 *
 * @param id            a stable identifier; ties between equally strong items are broken by it
 * @param sourceId      the source the item comes from
 * @param originId      whose report it is: the source it cites, or its own source
 * @param stance        how it bears on the claim
 * @param credibility   Admiralty information credibility, 1..6
 * @param reliability   Admiralty reliability of the item's own source
 * @param rumourPenalty 0..1, how rumour-grade the item's excerpt is
 * @param withdrawn     withdrawn items are listed but count for nothing
 */
public record EvidenceItem(
        String id,
        String sourceId,
        String originId,
        Stance stance,
        int credibility,
        Reliability reliability,
        double rumourPenalty,
        boolean withdrawn) {

    public EvidenceItem {
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("credibility must be 1..6, was " + credibility);
        }
        if (!(rumourPenalty >= 0 && rumourPenalty <= 1)) {
            throw new IllegalArgumentException("rumour penalty must be 0..1, was " + rumourPenalty);
        }
    }
}
