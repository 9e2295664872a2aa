package io.credence.matching;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The recent claims' scores for one search, on the index's own scales, so that they rank among the
 * index's hits as they will once the index refreshes: Lucene's score of a vector by dot product, and
 * the searcher's own BM25 over statistics that count the recent claims as indexed. NaN where a claim
 * does not match.
 */
final class RecentScores {

    private RecentScores() {}

    /** Each recent claim's score for the query vector in one of its vectors (NaN when it has none). */
    static float[] vector(float[] query, List<RecentClaims.Recent> recent, Function<ClaimIndex.Entry, float[]> field) {
        float[] scores = new float[recent.size()];
        for (int i = 0; i < scores.length; i++) {
            float[] vector = field.apply(recent.get(i).entry());
            scores[i] = vector == null ? Float.NaN : VectorSimilarityFunction.DOT_PRODUCT.compare(query, vector);
        }
        return scores;
    }

    /**
     * Each recent claim's BM25 score for the query's words (one optional clause per word, as the index's
     * query), with the searcher's similarity.
     */
    static float[] bm25(IndexSearcher searcher, String field, List<String> terms, List<RecentClaims.Recent> recent)
            throws IOException {
        float[] scores = new float[recent.size()];
        if (recent.isEmpty()) {
            return scores; // the usual case: no statistics to read on a search's way
        }
        Arrays.fill(scores, Float.NaN);
        CollectionStatistics collection = withRecent(searcher, field, recent);
        if (collection == null) {
            return scores;
        }
        Map<String, Integer> clauses = new LinkedHashMap<>();
        terms.forEach(term -> clauses.merge(term, 1, Integer::sum));
        Similarity similarity = searcher.getSimilarity();
        for (Map.Entry<String, Integer> clause : clauses.entrySet()) {
            int docFreq = 0;
            long totalTermFreq = 0;
            for (RecentClaims.Recent claim : recent) {
                Integer freq = claim.terms().get(clause.getKey());
                if (freq != null) {
                    docFreq++;
                    totalTermFreq += freq;
                }
            }
            if (docFreq == 0) {
                continue; // no recent claim has the word: nothing to score, and no statistics to read
            }
            Term term = new Term(field, clause.getKey());
            TermStates indexed = TermStates.build(searcher, term, true);
            // A repeated word is one clause boosted by its count, as BooleanQuery rewrites it.
            Similarity.SimScorer scorer = similarity.scorer(
                    clause.getValue(),
                    collection,
                    new TermStatistics(
                            term.bytes(), indexed.docFreq() + docFreq, indexed.totalTermFreq() + totalTermFreq));
            for (int i = 0; i < scores.length; i++) {
                RecentClaims.Recent claim = recent.get(i);
                Integer freq = claim.terms().get(clause.getKey());
                if (freq != null) {
                    float score = scorer.score(freq, SmallFloat.intToByte4(claim.length()));
                    scores[i] = Float.isNaN(scores[i]) ? score : scores[i] + score;
                }
            }
        }
        return scores;
    }

    /** The field's statistics with the recent claims counted in; null when no document has a word in it. */
    private static CollectionStatistics withRecent(
            IndexSearcher searcher, String field, List<RecentClaims.Recent> recent) throws IOException {
        CollectionStatistics indexed = searcher.collectionStatistics(field);
        long maxDoc = (long) searcher.getIndexReader().maxDoc() + recent.size();
        long docCount = indexed == null ? 0 : indexed.docCount();
        long sumTotalTermFreq = indexed == null ? 0 : indexed.sumTotalTermFreq();
        long sumDocFreq = indexed == null ? 0 : indexed.sumDocFreq();
        for (RecentClaims.Recent claim : recent) {
            if (claim.length() > 0) {
                docCount++;
                sumTotalTermFreq += claim.length();
                sumDocFreq += claim.terms().size();
            }
        }
        return docCount == 0 ? null : new CollectionStatistics(field, maxDoc, docCount, sumTotalTermFreq, sumDocFreq);
    }

    static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
