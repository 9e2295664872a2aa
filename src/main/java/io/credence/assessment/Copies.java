package io.credence.assessment;

import io.credence.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 2, "copies are one origin": whether two excerpts are the same text or nearly so. Texts are
 * compared as sets of word pairs (w-shingling with w = 2, Broder 1997), by
 * Jaccard similarity: one changed word in a fifteen-word excerpt still scores about 0.75, while two
 * outlets telling the same story in their own words rarely pass 0.3. Words are Credence's one
 * definition of a word ({@link Tokens}): runs of letters and digits, compared in lower case.
 *
 * @param similarity the least Jaccard similarity of word pairs that makes two excerpts copies
 * @param minWords   shorter excerpts are never called copies: "Yes, it is true." by two sources is coincidence
 */
public record Copies(double similarity, int minWords) {

    public Copies {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("copy similarity must be in (0, 1], was " + similarity);
        }
        if (minWords < 2) {
            throw new IllegalArgumentException("copies need at least 2 words to compare, was " + minWords);
        }
    }

    /**
     * The excerpt's word pairs, or null when it is too short (or missing) to be compared: each pair
     * as one number (the two words' hashes of their lower-cased forms), sorted, without repeats.
     */
    public long[] fingerprint(String excerpt) {
        if (excerpt == null || excerpt.isBlank()) {
            return null;
        }
        int[] words = Tokens.of(excerpt).hashes();
        if (words.length < minWords) {
            return null;
        }
        long[] pairs = new long[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            pairs[i - 1] = ((long) words[i - 1] << 32) | (words[i] & 0xffffffffL);
        }
        return Arrays.stream(pairs).sorted().distinct().toArray();
    }

    /**
     * Every pair of fingerprints that are copies, as index pairs {i, j} with i < j. Null fingerprints
     * take no part. Exact, and far below n² comparisons: the all-pairs similarity join PPJoin (Xiao,
     * Wang, Lin and Yu, "Efficient similarity joins for near duplicate detection", WWW 2008). Word
     * pairs are ordered rarest first; two sets of Jaccard similarity at least t share one among the
     * first |x| - ceil(t·|x|) + 1 of each (prefix filter), and a candidate is dropped as soon as the
     * word pairs left after a shared one cannot make up the overlap needed (positional filter).
     * Identical fingerprints, the common case of a republished excerpt, are paired at once.
     */
    public List<int[]> pairs(List<long[]> prints) {
        int n = prints.size();
        Ranked ranked = Ranked.of(prints);
        int[][] records = ranked.records;
        if (n <= SMALL) {
            return allPairs(records);
        }
        Map<Key, Integer> firstIdentical = new HashMap<>();
        // Postings per word pair (by rank): which record has it, and where in its prefix.
        int[][] postedRecord = new int[ranked.distinct][];
        int[][] postedPlace = new int[ranked.distinct][];
        int[] posted = new int[ranked.distinct];
        int[] overlap = new int[n];
        int[] touched = new int[n];
        int touchedCount = 0;
        List<int[]> pairs = new ArrayList<>();
        // Shortest first: a record is then only compared with ones no longer than itself, which is
        // what lets it index a shorter prefix than it probes with (PPJoin, lemma 2).
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(length(records[a]), length(records[b])));
        for (int x : order) {
            int[] record = records[x];
            if (record == null) {
                continue;
            }
            Integer same = firstIdentical.putIfAbsent(new Key(record), x);
            if (same != null) {
                pairs.add(new int[] {Math.min(same, x), Math.max(same, x)});
                continue;
            }
            int lx = record.length;
            int probe = lx - atLeast(similarity * lx) + 1;
            int indexed = lx - atLeast(2 * similarity / (1 + similarity) * lx) + 1;
            for (int i = 0; i < probe; i++) {
                int token = record[i];
                for (int p = 0; p < posted[token]; p++) {
                    int y = postedRecord[token][p];
                    if (overlap[y] < 0) {
                        continue;
                    }
                    int ly = records[y].length;
                    if (ly < similarity * lx - 1e-9) {
                        continue;
                    }
                    int needed = atLeast(similarity / (1 + similarity) * (lx + ly));
                    int stillPossible = 1 + Math.min(lx - i - 1, ly - postedPlace[token][p] - 1);
                    if (overlap[y] == 0) {
                        touched[touchedCount++] = y;
                    }
                    overlap[y] = overlap[y] + stillPossible >= needed ? overlap[y] + 1 : -1;
                }
                if (i < indexed) {
                    if (postedRecord[token] == null) {
                        postedRecord[token] = new int[4];
                        postedPlace[token] = new int[4];
                    } else if (posted[token] == postedRecord[token].length) {
                        postedRecord[token] = Arrays.copyOf(postedRecord[token], posted[token] * 2);
                        postedPlace[token] = Arrays.copyOf(postedPlace[token], posted[token] * 2);
                    }
                    postedRecord[token][posted[token]] = x;
                    postedPlace[token][posted[token]++] = i;
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int y = touched[t];
                if (overlap[y] > 0 && similar(records[y], record)) {
                    pairs.add(new int[] {Math.min(x, y), Math.max(x, y)});
                }
                overlap[y] = 0;
            }
            touchedCount = 0;
        }
        return pairs;
    }

    /** Up to this many fingerprints, comparing every pair costs less than building the join's index. */
    private static final int SMALL = 24;

    private List<int[]> allPairs(int[][] records) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            for (int j = i + 1; j < records.length; j++) {
                if (records[i] != null && records[j] != null && similar(records[i], records[j])) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    /** Each fingerprint as the sorted ranks of its word pairs, rarest first (ties by the pair itself). */
    @SuppressWarnings("ArrayRecordComponent") // a carrier, never compared or hashed as a whole
    private record Ranked(int[][] records, int distinct) {

        static Ranked of(List<long[]> prints) {
            int total = 0;
            for (long[] print : prints) {
                total += print == null ? 0 : print.length;
            }
            long[] all = new long[total];
            int at = 0;
            for (long[] print : prints) {
                if (print != null) {
                    System.arraycopy(print, 0, all, at, print.length);
                    at += print.length;
                }
            }
            Arrays.sort(all);
            // The distinct pairs, sorted, with how many fingerprints hold each.
            long[] distinct = new long[total];
            int[] frequency = new int[total];
            int d = 0;
            for (int i = 0; i < total; i++) {
                if (d == 0 || distinct[d - 1] != all[i]) {
                    distinct[d++] = all[i];
                }
                frequency[d - 1]++;
            }
            // Frequency in the high half, the pair's place among the distinct ones in the low half.
            long[] order = new long[d];
            for (int i = 0; i < d; i++) {
                order[i] = ((long) frequency[i] << 32) | i;
            }
            Arrays.sort(order);
            int[] rank = new int[d];
            for (int r = 0; r < d; r++) {
                rank[(int) order[r]] = r;
            }
            int[][] records = new int[prints.size()][];
            for (int i = 0; i < prints.size(); i++) {
                long[] print = prints.get(i);
                if (print != null) {
                    int[] ranks = new int[print.length];
                    for (int k = 0; k < print.length; k++) {
                        ranks[k] = rank[Arrays.binarySearch(distinct, 0, d, print[k])];
                    }
                    Arrays.sort(ranks);
                    records[i] = ranks;
                }
            }
            return new Ranked(records, d);
        }
    }

    /** A record as a map key: equal when its ranks are. */
    @SuppressWarnings("ArrayRecordComponent") // equals and hashCode compare the ranks, below
    private record Key(int[] ranks) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(ranks, key.ranks);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ranks);
        }
    }

    /** Jaccard similarity of two sorted fingerprints (as rank arrays) at least the threshold. */
    private boolean similar(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared >= similarity * (a.length + b.length - shared) - 1e-9;
    }

    private static int length(int[] record) {
        return record == null ? 0 : record.length;
    }

    /** The least whole number at least the value (with a tolerance for rounding in the product). */
    private static int atLeast(double value) {
        return (int) Math.ceil(value - 1e-9);
    }
}
