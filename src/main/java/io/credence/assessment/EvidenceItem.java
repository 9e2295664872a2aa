package io.credence.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * What the engine needs to know of one evidence item.
 *
 * @param id               a stable identifier; ties between equally strong items are broken by it
 * @param source           the source the item comes from, with its current rating
 * @param stance           how it bears on the claim
 * @param credibility      Admiralty information credibility, 1..6
 * @param cites            the source whose report it passes on, with its rating, or null for a first-hand report
 * @param excerpt          the item's text, compared with the others' to find copies; may be null
 * @param observedAt       when the item was observed (published); orders copies and corrections
 * @param rumourPenalty    0..1, how rumour-grade the item's excerpt is
 * @param withdrawn        withdrawn items are listed but count for nothing
 * @param independent      an editor's ruling that the item is its own origin however like another it reads
 */
public record EvidenceItem(
        String id,
        SourceRef source,
        Stance stance,
        int credibility,
        SourceRef cites,
        String excerpt,
        Instant observedAt,
        double rumourPenalty,
        boolean withdrawn,
        boolean independent) {

    /** A source as the engine sees it: its id, the name the explanation uses, and its reliability. */
    public record SourceRef(String id, String name, Reliability reliability) {
        public SourceRef {
            Objects.requireNonNull(id, "source id");
            Objects.requireNonNull(reliability, "reliability");
            name = name == null ? id : name;
        }
    }

    public EvidenceItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(observedAt, "observedAt");
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("credibility must be 1..6, was " + credibility);
        }
        if (!(rumourPenalty >= 0 && rumourPenalty <= 1)) {
            throw new IllegalArgumentException("rumour penalty must be 0..1, was " + rumourPenalty);
        }
        if (cites != null && cites.id().equals(source.id())) {
            cites = null; // a source citing itself reports first-hand
        }
    }

    public String sourceId() {
        return source.id();
    }

    public Reliability reliability() {
        return source.reliability();
    }

    public EvidenceItem withdrawnNow() {
        return new EvidenceItem(
                id, source, stance, credibility, cites, excerpt, observedAt, rumourPenalty, true, independent);
    }
}
