package io.credence.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims put into a {@link ClaimIndex} since its searchers last refreshed. Searches read them
 * exactly beside the refreshed index, so that a claim is found the moment it is put, while the index
 * makes one segment of many claims at its next refresh instead of one segment per registration
 * (whose graphs Lucene merged again and again: a sixth of a registration's cost). Thread-safe.
 */
final class RecentClaims {

    /**
     * A claim waiting for the next refresh: what was put, and its indexed words as the index's analyzer
     * makes them (each stemmed word's count, and how many there are), for BM25.
     */
    record Recent(ClaimIndex.Entry entry, Map<String, Integer> terms, int length) {}

    private final Map<UUID, Recent> byClaim = new LinkedHashMap<>();
    /** When the oldest claim now waiting was put (System.nanoTime). */
    private long oldestNanos;

    synchronized void add(Recent recent) {
        if (byClaim.isEmpty()) {
            oldestNanos = System.nanoTime();
        }
        byClaim.put(recent.entry().claimId(), recent);
    }

    /** The claims waiting now, oldest first. */
    synchronized List<Recent> snapshot() {
        return byClaim.isEmpty() ? List.of() : List.copyOf(byClaim.values());
    }

    /** Forgets these, unless a claim was put again since (then its newer entry waits on). */
    synchronized void removeAll(List<Recent> refreshed) {
        for (Recent recent : refreshed) {
            byClaim.remove(recent.entry().claimId(), recent);
        }
        if (!byClaim.isEmpty()) {
            // The ones left were put after the refresh began: at most as old as that.
            oldestNanos = System.nanoTime();
        }
    }

    synchronized void clear() {
        byClaim.clear();
    }

    synchronized int size() {
        return byClaim.size();
    }

    /** Whether as many as {@code most} wait, or one has waited {@code maxAgeNanos} or longer. */
    synchronized boolean due(int most, long maxAgeNanos) {
        return byClaim.size() >= most || (!byClaim.isEmpty() && System.nanoTime() - oldestNanos >= maxAgeNanos);
    }
}
