package io.credence.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Where each candidate of one search ranks among the nearest by vector (the best rank over the query
 * vectors and fields) and among the best by words, with its BM25 score: the refreshed index's hits and
 * the recent claims' exact scores ranked together. An index document is keyed by its doc id, the
 * recent claim at position i by {@code -1 - i}.
 */
final class CandidateRanks {

    /** Per key: {vector rank, lexical rank}, -1 where it was not among those found that way. */
    private final Map<Integer, int[]> ranks = new HashMap<>();

    private final Map<Integer, Float> bm25 = new HashMap<>();

    static int recentKey(int position) {
        return -1 - position;
    }

    /** The best {@code n} by BM25 of the index's hits (best first) and the recent claims' scores (NaN: no match). */
    void lexical(ScoreDoc[] docs, float[] recentScores, int n) {
        merge(docs, recentScores, n, (key, score, rank) -> {
            ranks.computeIfAbsent(key, d -> new int[] {-1, -1})[1] = rank;
            bm25.put(key, score);
        });
    }

    /** The nearest {@code n} to one query vector in one field, the index's hits and the recent claims' together. */
    void vector(ScoreDoc[] docs, float[] recentScores, int n) {
        merge(docs, recentScores, n, (key, score, rank) -> {
            int[] r = ranks.computeIfAbsent(key, d -> new int[] {-1, -1});
            r[0] = r[0] < 0 ? rank : Math.min(r[0], rank);
        });
    }

    /** The index documents found, ascending (the order doc values are read in). */
    List<Integer> docs() {
        List<Integer> docs = new ArrayList<>();
        for (Integer key : ranks.keySet()) {
            if (key >= 0) {
                docs.add(key);
            }
        }
        Collections.sort(docs);
        return docs;
    }

    boolean found(int key) {
        return ranks.containsKey(key);
    }

    int vectorRank(int key) {
        return ranks.get(key)[0];
    }

    int lexicalRank(int key) {
        return ranks.get(key)[1];
    }

    /** The BM25 score, 0 when not among the best by words. */
    float bm25(int key) {
        return bm25.getOrDefault(key, 0f);
    }

    private interface Ranked {
        void at(int key, float score, int rank);
    }

    /** Walks both lists best first, together, up to {@code n}; on equal scores the index's hit first. */
    private static void merge(ScoreDoc[] docs, float[] recentScores, int n, Ranked ranked) {
        List<Integer> recent = new ArrayList<>();
        for (int i = 0; i < recentScores.length; i++) {
            if (!Float.isNaN(recentScores[i])) {
                recent.add(i);
            }
        }
        recent.sort((a, b) -> Float.compare(recentScores[b], recentScores[a]));
        int d = 0;
        int r = 0;
        for (int rank = 0; rank < n && (d < docs.length || r < recent.size()); rank++) {
            if (r >= recent.size() || (d < docs.length && docs[d].score >= recentScores[recent.get(r)])) {
                ranked.at(docs[d].doc, docs[d].score, rank);
                d++;
            } else {
                int position = recent.get(r++);
                ranked.at(recentKey(position), recentScores[position], rank);
            }
        }
    }
}
