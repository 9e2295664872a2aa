package io.credence.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * One instance's search index of registered claims (Lucene): an HNSW graph over their sentence
 * vectors, scalar-quantized to one byte a dimension (the raw vectors are kept beside them on disk
 * for exact cosines: about 2.5 KB a claim in all, docs/MATCHING.md), and BM25 over their
 * English-stemmed words. The database holds the
 * vectors; this index is derived from it and can be rebuilt from it at any time. Thread-safe:
 * writes go through one {@link IndexWriter}, searches through refreshed point-in-time readers.
 */
public final class ClaimIndex implements Closeable {

    private static final String ID = "id";
    private static final String TEXT = "text";
    /** The claim's vector-row sequence number: the order claims were registered in, which breaks ties. */
    private static final String SEQUENCE_VALUE = "sequence";
    /** The text again, as a doc value: read for each candidate, without decompressing stored fields. */
    private static final String TEXT_VALUE = "text_value";
    /** The headline as a doc value, for the claims that have one: the pairwise similarity reads its words. */
    private static final String HEADLINE_VALUE = "headline_value";
    /** Commit data: how documents are laid out; an index of another layout is rebuilt. */
    private static final String LAYOUT = "layout";

    private static final String CURRENT_LAYOUT = "4";
    private static final String VECTOR = "vector";
    /** The vector of the headline a claim was checked under, for the claims that have one. */
    private static final String HEADLINE_VECTOR = "headline_vector";
    /** Commit data: the highest vector-row sequence number the committed index holds. */
    private static final String SEQUENCE = "sequence";
    /** Commit data: the claim of the database's first vector row, which tells one database from another. */
    private static final String ORIGIN = "origin";

    private static final int MAX_QUERY_TERMS = 64;
    /**
     * Nearest headlines taken per query vector. The graph search costs most of a search (scalar dot
     * products: Lucene vectorizes only on Java 21+); 10 instead of 50 cut ranking time by a quarter
     * and changed nothing on the benchmark's train tweets (docs/MATCHING.md).
     */
    private static final int HEADLINE_NEIGHBOURS = 10;

    /** Segments up to this size (MB) that are made searchable before a commit are kept in memory ... */
    private static final double NRT_SEGMENT_MB = 4.0;
    /** ... up to this much in all (MB). */
    private static final double NRT_CACHE_MB = 48.0;

    /**
     * Claims put since the last refresh are searched exactly until this many wait ... (each search reads
     * every one of them: 256 cost about a tenth of a millisecond a query vector) ...
     */
    private static final int MAX_RECENT = 256;
    /** ... or the oldest has waited this long; then the index refreshes and they become one segment. */
    private static final long MAX_RECENT_AGE_NANOS = 1_000_000_000L;
    /** How often the refresher looks whether a refresh is due. */
    private static final long REFRESH_CHECK_MILLIS = 100;

    private static final Logger LOG = Logger.getLogger(ClaimIndex.class);

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final RecentClaims recent = new RecentClaims();
    private final ScheduledExecutorService refresher;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    @SuppressWarnings("FutureReturnValueIgnored") // the refresh task catches what it throws and logs it
    private ClaimIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Fewer, larger segments than Lucene's default of 10 a tier: each search runs once per segment.
                .setMergePolicy(new TieredMergePolicy().setSegmentsPerTier(4))
                // The index refreshes at least once a second while claims arrive, each time as a small segment:
                // written as a compound file it was copied a second time (once a third of registering's cost).
                .setUseCompoundFile(false)
                .setCodec(new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return new Lucene99HnswScalarQuantizedVectorsFormat();
                    }
                });
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        // Refreshed on a thread of its own, never a request's: making and merging the new segment took
        // a request hundreds of milliseconds, and others waited behind it.
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claim-index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(
                this::refreshIfDueQuietly, REFRESH_CHECK_MILLIS, REFRESH_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A scheduled task that throws is never run again: a failed refresh is logged and tried at the next look. */
    private void refreshIfDueQuietly() {
        try {
            refreshIfDue();
        } catch (AlreadyClosedException e) {
            // closing
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    e, "Refreshing the claim index failed; %d recent claims are still searched exactly", recent.size());
        }
    }

    /** An index that lives in memory only (tests, evaluation). */
    public static ClaimIndex inMemory() {
        try {
            return new ClaimIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index in a directory, created there when missing. The small segments each registration
     * makes stay in memory until they are merged or the index commits (NRTCachingDirectory), instead
     * of files created, mapped and deleted again within a second.
     */
    public static ClaimIndex onDisk(Path path) {
        try {
            return new ClaimIndex(new NRTCachingDirectory(FSDirectory.open(path), NRT_SEGMENT_MB, NRT_CACHE_MB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A claim as the index takes it: its vector-row sequence number (registration order), its text
     * and vector, and the headline a fact-check of it was published under with that headline's
     * vector (both null when it has none).
     */
    @SuppressWarnings("ArrayRecordComponent") // a carrier of vectors, never compared or hashed as a whole
    public record Entry(
            UUID claimId, long sequence, String text, float[] vector, String headline, float[] headlineVector) {}

    /** Adds a claim without a headline, or replaces what the index held for it. */
    public void put(UUID claimId, long sequence, String text, float[] vector) {
        put(new Entry(claimId, sequence, text, vector, null, null));
    }

    /**
     * Adds the claim, or replaces what the index held for it; visible to searches at once (read exactly
     * from {@link RecentClaims} until the index refreshes).
     * A headline (which often uses the words a post uses where the claim's own wording does not) is
     * searched by its words and by its own vector.
     */
    public void put(Entry entry) {
        UUID claimId = entry.claimId();
        String text = entry.text();
        String headline = entry.headline();
        Document document = new Document();
        document.add(new StringField(ID, claimId.toString(), Field.Store.NO));
        document.add(new SortedDocValuesField(ID, new BytesRef(claimId.toString())));
        document.add(new NumericDocValuesField(SEQUENCE_VALUE, entry.sequence()));
        String words = headline == null ? text : text + "\n" + headline;
        document.add(new TextField(TEXT, words, Field.Store.NO));
        document.add(new BinaryDocValuesField(TEXT_VALUE, new BytesRef(text)));
        document.add(new KnnFloatVectorField(VECTOR, entry.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        if (headline != null) {
            document.add(new BinaryDocValuesField(HEADLINE_VALUE, new BytesRef(headline)));
        }
        if (entry.headlineVector() != null) {
            document.add(new KnnFloatVectorField(
                    HEADLINE_VECTOR, entry.headlineVector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        try {
            writer.updateDocument(new Term(ID, claimId.toString()), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // After the writer has it: a refresh that forgets a recent claim must have made it searchable.
        recent.add(recentOf(entry, words));
    }

    /** The entry with its indexed words counted as the writer counts them for BM25 (one position each). */
    private RecentClaims.Recent recentOf(Entry entry, String words) {
        List<String> analysed = analysed(words, Integer.MAX_VALUE);
        Map<String, Integer> terms = new HashMap<>();
        analysed.forEach(term -> terms.merge(term, 1, Integer::sum));
        return new RecentClaims.Recent(entry, terms, analysed.size());
    }

    /** Removes every claim (to rebuild from the database). */
    public void clear() {
        try {
            writer.deleteAll();
            recent.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges the index down to at most this many segments (each search runs once per segment). */
    public void merge(int maxSegments) {
        try {
            writer.forceMerge(maxSegments);
            refresh(); // searches move to the merged segments now
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of segments searches run over now. */
    int searchedSegments() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    /** Number of segments searches run over, with every claim put so far in one. */
    public int segments() {
        refresh();
        return searchedSegments();
    }

    /**
     * Makes the index's searchers hold every claim put so far, as a new segment, instead of reading
     * them exactly beside the index.
     */
    public void refresh() {
        // Taken before the refresh, forgotten after it: a search takes the recent claims before its searcher
        // (see candidates), so each claim is always in one or the other.
        List<RecentClaims.Recent> waiting = recent.snapshot();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recent.removeAll(waiting);
    }

    /**
     * {@link #refresh()} when enough claims wait, or one has waited long enough; and when none waits but
     * the writer has changed since (a merge has finished): searches would otherwise go on over the
     * segments it replaced, once a search over 70 of them, at twice the CPU.
     */
    private void refreshIfDue() throws IOException {
        if (recent.due(MAX_RECENT, MAX_RECENT_AGE_NANOS) || (recent.size() == 0 && !searchers.isSearcherCurrent())) {
            refresh();
        }
    }

    /**
     * Makes what was put durable, recording the highest sequence number it holds and the claim of
     * the first vector row of the database it came from (null when it holds none).
     */
    public void commit(long sequence, UUID origin) {
        writer.setLiveCommitData(Map.of(
                        SEQUENCE,
                        Long.toString(sequence),
                        ORIGIN,
                        origin == null ? "" : origin.toString(),
                        LAYOUT,
                        CURRENT_LAYOUT)
                .entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sequence number of the last commit; 0 for a new index. */
    public long committedSequence() {
        String sequence = commitData(SEQUENCE);
        return sequence == null ? 0 : Long.parseLong(sequence);
    }

    /** Whether the last commit (if any) laid documents out as this version does. */
    public boolean hasCurrentLayout() {
        return commitData(SEQUENCE) == null || CURRENT_LAYOUT.equals(commitData(LAYOUT));
    }

    /** The origin recorded by the last commit; null for a new index or one committed empty. */
    public UUID committedOrigin() {
        String origin = commitData(ORIGIN);
        return origin == null || origin.isEmpty() ? null : UUID.fromString(origin);
    }

    private String commitData(String key) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
                if (entry.getKey().equals(key)) {
                    return entry.getValue();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of claims searchable now. */
    public int size() {
        refresh();
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The stemmed words of the text as the index analyses them, at most {@code most}, in order. */
    private List<String> analysed(String text, int most) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < most) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** One optional clause per word. */
    private static Query wordsQuery(List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * A candidate claim: its text, the cosine with each query vector of its stored vector or its
     * headline's, whichever is higher (exact, not quantized), its rank among the nearest by vector (best over the query vectors) and by BM25
     * (-1 when it was not among them), its BM25 score (0 when not among them), its sequence number and
     * its headline (null when it has none).
     */
    @SuppressWarnings("ArrayRecordComponent") // a carrier of cosines, never compared or hashed as a whole
    public record Found(
            UUID claimId,
            String text,
            float[] cosines,
            int vectorRank,
            int lexicalRank,
            float bm25,
            long sequence,
            String headline) {}

    /**
     * The union of the k nearest claims to each query vector by the claim's vector, the 10 nearest by
     * the headline's, and the k best by BM25 for the text, all read from one point-in-time view of the index.
     */
    public List<Found> candidates(String text, List<float[]> queries, int k) {
        // The recent claims before the searcher: a refresh forgets them only once a searcher holds them.
        List<RecentClaims.Recent> recentClaims = recent.snapshot();
        return withSearcher(searcher -> {
            CandidateRanks ranks = new CandidateRanks();
            List<String> terms = analysed(text, MAX_QUERY_TERMS); // one query clause each
            if (!terms.isEmpty()) {
                ScoreDoc[] docs = searcher.search(wordsQuery(terms), k).scoreDocs;
                ranks.lexical(docs, RecentScores.bm25(searcher, TEXT, terms, recentClaims), k);
            }
            for (float[] query : queries) {
                ScoreDoc[] docs = searcher.search(new KnnFloatVectorQuery(VECTOR, query, k), k).scoreDocs;
                ranks.vector(docs, RecentScores.vector(query, recentClaims, Entry::vector), k);
                int n = Math.min(k, HEADLINE_NEIGHBOURS);
                docs = searcher.search(new KnnFloatVectorQuery(HEADLINE_VECTOR, query, n), n).scoreDocs;
                ranks.vector(docs, RecentScores.vector(query, recentClaims, Entry::headlineVector), n);
            }
            Set<UUID> recentIds = new HashSet<>();
            recentClaims.forEach(r -> recentIds.add(r.entry().claimId()));
            List<Found> found = indexed(searcher, ranks, queries, recentIds);
            for (int i = 0; i < recentClaims.size(); i++) {
                int key = CandidateRanks.recentKey(i);
                if (ranks.found(key)) {
                    Entry entry = recentClaims.get(i).entry();
                    found.add(new Found(
                            entry.claimId(),
                            entry.text(),
                            cosines(queries, entry.vector(), entry.headlineVector()),
                            ranks.vectorRank(key),
                            ranks.lexicalRank(key),
                            ranks.bm25(key),
                            entry.sequence(),
                            entry.headline()));
                }
            }
            return found;
        });
    }

    /**
     * The candidates the searcher's index holds, read from its doc values and vectors, but for the claims
     * put again since (their recent entry is the newer).
     */
    private static List<Found> indexed(
            IndexSearcher searcher, CandidateRanks ranks, List<float[]> queries, Set<UUID> recentIds)
            throws IOException {
        List<Integer> docs = ranks.docs();
        List<Found> found = new ArrayList<>(docs.size());
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int at = 0;
        for (LeafReaderContext leaf : leaves) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (at >= docs.size() || docs.get(at) >= end) {
                continue;
            }
            // Doc values and vectors are read forwards, so each leaf's documents in ascending order.
            SortedDocValues ids = leaf.reader().getSortedDocValues(ID);
            BinaryDocValues texts = leaf.reader().getBinaryDocValues(TEXT_VALUE);
            NumericDocValues sequences = leaf.reader().getNumericDocValues(SEQUENCE_VALUE);
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues(VECTOR);
            FloatVectorValues headlines = leaf.reader().getFloatVectorValues(HEADLINE_VECTOR);
            BinaryDocValues headlineTexts = leaf.reader().getBinaryDocValues(HEADLINE_VALUE);
            for (; at < docs.size() && docs.get(at) < end; at++) {
                int doc = docs.get(at);
                int local = doc - leaf.docBase;
                if (!ids.advanceExact(local)
                        || !texts.advanceExact(local)
                        || !sequences.advanceExact(local)
                        || vectors.advance(local) != local) {
                    continue;
                }
                UUID claimId = UUID.fromString(ids.lookupOrd(ids.ordValue()).utf8ToString());
                if (recentIds.contains(claimId)) {
                    continue;
                }
                found.add(new Found(
                        claimId,
                        texts.binaryValue().utf8ToString(),
                        cosines(queries, vectors.vectorValue(), vectorOf(headlines, local)),
                        ranks.vectorRank(doc),
                        ranks.lexicalRank(doc),
                        ranks.bm25(doc),
                        sequences.longValue(),
                        textOf(headlineTexts, local)));
            }
        }
        return found;
    }

    /** For each query vector, its cosine with the claim's vector or its headline's, whichever is higher. */
    private static float[] cosines(List<float[]> queries, float[] vector, float[] headline) {
        float[] cosines = new float[queries.size()];
        for (int q = 0; q < cosines.length; q++) {
            cosines[q] = RecentScores.dot(queries.get(q), vector);
            if (headline != null) {
                cosines[q] = Math.max(cosines[q], RecentScores.dot(queries.get(q), headline));
            }
        }
        return cosines;
    }

    /** The document's text in a sparse field read forwards (null when it has none). */
    private static String textOf(BinaryDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    /** The document's vector in a sparse field read forwards (null when it has none). */
    private static float[] vectorOf(FloatVectorValues values, int doc) throws IOException {
        if (values == null || values.docID() > doc) {
            return null;
        }
        int at = values.docID() == doc ? doc : values.advance(doc);
        return at == doc ? values.vectorValue() : null;
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        refresher.shutdown();
        try {
            // A refresh under way finishes before the writer closes.
            if (!refresher.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("The claim index's refresh did not finish within 30 s; closing it anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
