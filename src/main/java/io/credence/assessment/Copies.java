package io.credence.assessment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule 2, "copies are one origin": whether two excerpts are the same text or nearly so. Texts are
 * compared as sets of word pairs (w-shingling with w = 2, Broder 1997) after NFKC case folding, by
 * Jaccard similarity: one changed word in a fifteen-word excerpt still scores about 0.75, while two
 * outlets telling the same story in their own words rarely pass 0.3.
 *
 * @param similarity the least Jaccard similarity of word pairs that makes two excerpts copies
 * @param minWords   shorter excerpts are never called copies: "Yes, it is true." by two sources is coincidence
 */
public record Copies(double similarity, int minWords) {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    /** Building a word iterator costs far more than reusing one; each thread keeps its own. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    public Copies {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("copy similarity must be in (0, 1], was " + similarity);
        }
        if (minWords < 2) {
            throw new IllegalArgumentException("copies need at least 2 words to compare, was " + minWords);
        }
    }

    /** The excerpt's word pairs, or null when it is too short (or missing) to be compared. */
    public Set<String> fingerprint(String excerpt) {
        if (excerpt == null || excerpt.isBlank()) {
            return null;
        }
        List<String> words = words(FOLD.normalize(excerpt));
        if (words.size() < minWords) {
            return null;
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            pairs.add(words.get(i - 1) + ' ' + words.get(i));
        }
        return pairs;
    }

    /**
     * Every pair of fingerprints that are copies, as index pairs {i, j} with i < j. Null fingerprints
     * take no part. Candidates come from prefix filtering (Bayardo, Ma and Srikant, "Scaling up all
     * pairs similarity search", WWW 2007): with word pairs ordered rarest first, two sets of Jaccard
     * similarity at least t share a word pair among the first |x| - ceil(t·|x|) + 1 of each, so only
     * those are indexed. Exact, and far below n² comparisons when excerpts differ.
     */
    public List<int[]> pairs(List<Set<String>> prints) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Set<String> print : prints) {
            if (print != null) {
                print.forEach(pair -> frequency.merge(pair, 1, Integer::sum));
            }
        }
        Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get).thenComparing(Comparator.naturalOrder());
        Map<String, List<Integer>> index = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < prints.size(); j++) {
            Set<String> print = prints.get(j);
            if (print == null) {
                continue;
            }
            List<String> ordered = new ArrayList<>(print);
            ordered.sort(rarestFirst);
            int prefix = ordered.size() - (int) Math.ceil(similarity * ordered.size() - 1e-9) + 1;
            Set<Integer> candidates = new TreeSet<>();
            for (String pair : ordered.subList(0, Math.min(prefix, ordered.size()))) {
                List<Integer> seen = index.computeIfAbsent(pair, k -> new ArrayList<>());
                candidates.addAll(seen);
                seen.add(j);
            }
            for (int i : candidates) {
                if (areCopies(prints.get(i), print)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    public boolean areCopies(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return false;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int shared = 0;
        for (String pair : smaller) {
            if (larger.contains(pair)) {
                shared++;
            }
        }
        int union = a.size() + b.size() - shared;
        return shared >= similarity * union;
    }

    private static List<String> words(String text) {
        BreakIterator iterator = WORDS.get();
        iterator.setText(text);
        List<String> words = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
                words.add(text.substring(start, end));
            }
        }
        return words;
    }
}
