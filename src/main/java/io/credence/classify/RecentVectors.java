package io.credence.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vectors of the most recently used sentences, least recently used evicted first. Not a Caffeine
 * cache: its admission policy (W-TinyLFU) keeps what was asked for often and turns new entries away
 * when the cache is full of such, and an article check puts 50 new sentences at once and reads them
 * back a moment later: under a steady stream of new articles most of them were gone by then, and
 * each was embedded again, alone (a quarter of /check's CPU, docs/PERFORMANCE.md). Recency is
 * exactly what the check needs.
 */
final class RecentVectors {

    private final Map<String, float[]> recent;

    RecentVectors(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized float[] get(String sentence) {
        return recent.get(sentence);
    }

    synchronized void put(String sentence, float[] vector) {
        recent.put(sentence, vector);
    }
}
