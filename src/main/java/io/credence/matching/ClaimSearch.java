package io.credence.matching;

import io.credence.assessment.Status;
import io.credence.classify.SentenceClassifier;
import io.credence.classify.SentenceEmbedder;
import io.credence.persistence.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Has this been checked already?": the registered claims most like a text, by meaning and words
 * ({@link ClaimRanker}), each with its {@link Relation} ({@link RelationJudge}) and the state a CMS
 * needs (status, verdict).
 */
@ApplicationScoped
public class ClaimSearch {

    /**
     * A registered claim like the text: {@code score} orders the list (the reranker's probability),
     * {@code similarity} is the pair's own (the pairwise model's probability that the two state the
     * same claim, whatever else is registered).
     */
    public record Match(
            UUID claimId,
            String text,
            double score,
            double similarity,
            Relation relation,
            String reason,
            Status status,
            Integer verdictRating) {}

    /** The learned reranker that orders candidates (scripts/train-matching-reranker.sh, docs/MATCHING.md). */
    public static final String RERANKER = "models/claim-reranker";
    /** The pairwise similarity the SAME decision reads (scripts/train-matching-pair.sh, docs/MATCHING.md). */
    public static final String PAIR = "models/claim-pair";

    private final ClaimIndexKeeper keeper;
    private final SentenceEmbedder embedder;
    private final EntityManager em;
    private final SentenceClassifier reranker = SentenceClassifier.load(RERANKER);
    private final PairSimilarity pair = PairSimilarity.load(PAIR);
    private final RelationJudge judge = new RelationJudge(RelationJudge.Thresholds.of(pair));

    /**
     * The candidates an article's sentence is ranked from, by each way of finding them: fewer than a
     * search's ({@link ClaimRanker#CANDIDATES}), since an article shows a sentence's few SAME and
     * CONTRADICTS matches, not a ranked list, and its sentences are many.
     */
    private final int sentencePool;

    ClaimSearch(
            ClaimIndexKeeper keeper,
            SentenceEmbedder embedder,
            EntityManager em,
            @ConfigProperty(name = "credence.matching.sentence-candidates", defaultValue = "20") int sentencePool) {
        this.sentencePool = sentencePool;
        this.keeper = keeper;
        this.embedder = embedder;
        this.em = em;
    }

    /**
     * The {@code limit} claims most like the text (other than {@code self}), best first, with no
     * threshold. A confirmed duplicate is answered by its canonical claim (once, at its best
     * score); for a claim's own list, pairs an editor rejected are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> search(String text, UUID self, int limit) {
        return searchAll(List.of(text), self, limit).get(0);
    }

    /**
     * {@link #search} for several texts at once: one refreshed index for all of them and one query for
     * every candidate's row, instead of one of each per text.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<Match>> searchAll(List<String> texts, UUID self, int limit) {
        return searchAll(texts, self, limit, ClaimRanker.CANDIDATES, true);
    }

    /**
     * @param whole whether each text is one a caller asked about as a whole (a search's, a claim's), whose
     *     first candidate is judged by the pairwise model's threshold for the first; an article's sentences
     *     are parts of a text, and a part's best candidate is the same claim far less often (docs/MATCHING.md)
     */
    private List<List<Match>> searchAll(List<String> texts, UUID self, int limit, int pool, boolean whole) {
        ClaimRanker ranker = new ClaimRanker(keeper.index(), embedder::embed, reranker::probability, pair);
        // Room for the claims that fall out: duplicates of one canonical claim, rejected pairs. The claim
        // itself takes no part at all, or its own words would be the best every other is measured against.
        Set<UUID> excluded = self == null ? Set.of() : Set.of(self);
        // Ranking reads only the index and the models, never the database: an article's sentences are ranked on
        // every core, as their embedding is (the candidates' vector searches are most of a check after it).
        List<List<ClaimRanker.Ranked>> rankings = (texts.size() > 1 ? texts.parallelStream() : texts.stream())
                .map(text -> ranker.rank(text, 2 * limit + 1, excluded, pool))
                .toList();
        Map<UUID, Object[]> rows = claims(rankings.stream()
                .flatMap(List::stream)
                .map(ClaimRanker.Ranked::claimId)
                .distinct()
                .toList());
        Set<UUID> rejected = self == null ? Set.of() : notDuplicatesOf(self);
        List<List<Match>> answers = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            answers.add(matches(texts.get(i), rankings.get(i), rows, self, rejected, limit, whole));
        }
        return answers;
    }

    private List<Match> matches(
            String text,
            List<ClaimRanker.Ranked> ranked,
            Map<UUID, Object[]> rows,
            UUID self,
            Set<UUID> rejected,
            int limit,
            boolean whole) {
        Set<UUID> answered = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (ClaimRanker.Ranked r : ranked) {
            Object[] row = rows.get(r.claimId());
            if (row == null || matches.size() == limit) {
                continue;
            }
            Object[] answer = row[4] == null ? row : canonicalRow(Uuids.of(row[4]));
            UUID id = Uuids.of(answer[0]);
            if (id.equals(self) || rejected.contains(Uuids.of(row[0])) || rejected.contains(id) || !answered.add(id)) {
                continue;
            }
            String claimText = (String) answer[1];
            boolean first = whole && matches.isEmpty();
            RelationJudge.Judgement judgement =
                    judge.judge(text, claimText, (String) answer[5], r.cosine(), r.similarity(), first);
            matches.add(new Match(
                    id,
                    claimText,
                    round(r.score()),
                    round(r.similarity()),
                    judgement.relation(),
                    judgement.reason(),
                    Status.valueOf((String) answer[2]),
                    answer[3] == null ? null : ((Number) answer[3]).intValue()));
        }
        return matches;
    }

    /**
     * Embeds together what searching each of these texts will embed (the ranker's parts of each), so
     * that a batch of searches spreads its embedding over the cores instead of one text at a time.
     */
    public void prepare(Collection<String> texts) {
        embedder.embedAll(texts.stream()
                .map(ClaimRanker::readable)
                .filter(t -> !t.isEmpty())
                .flatMap(t -> ClaimRanker.parts(t).stream())
                .toList());
    }

    /** The claim at the end of the chain of confirmed duplicates from this one (itself when it repeats none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID canonicalOf(UUID id) {
        return Uuids.of(canonicalRow(id)[0]);
    }

    /** The canonical claim's row, following confirmed duplicates. */
    private Object[] canonicalRow(UUID id) {
        Object[] row = claims(List.of(id)).get(id);
        // Each confirmation points at a canonical claim, so chains are short; the bound guards against a cycle.
        for (int hop = 0; hop < 16 && row[4] != null; hop++) {
            UUID next = Uuids.of(row[4]);
            row = claims(List.of(next)).get(next);
        }
        return row;
    }

    private Set<UUID> notDuplicatesOf(UUID claim) {
        @SuppressWarnings("unchecked")
        List<Object> others = em.createNativeQuery("""
                        select other_id from claim_not_duplicate where claim_id = ?1
                        union select claim_id from claim_not_duplicate where other_id = ?1""").setParameter(1, claim).getResultList();
        Set<UUID> ids = new HashSet<>();
        others.forEach(o -> ids.add(Uuids.of(o)));
        return ids;
    }

    /** Matches that say the same or contradict: a claim's "similar" list, an article sentence's matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> sameOrContradicting(String text, UUID self, int limit) {
        return search(text, self, limit).stream()
                .filter(m -> m.relation() != Relation.RELATED)
                .toList();
    }

    /**
     * The matches that say the same as or contradict each of an article's sentences, in their order: each
     * sentence is a part of a text, so its first candidate is judged as any other.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<Match>> sameOrContradictingAll(List<String> sentences, UUID self, int limit) {
        return searchAll(sentences, self, limit, sentencePool, false).stream()
                .map(matches -> matches.stream()
                        .filter(m -> m.relation() != Relation.RELATED)
                        .toList())
                .toList();
    }

    /** Matches that say the same: possible duplicates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> same(String text, UUID self, int limit) {
        return search(text, self, limit).stream()
                .filter(m -> m.relation() == Relation.SAME)
                .toList();
    }

    /**
     * Matches that say the same by the pair's similarity alone, from the threshold for every candidate:
     * where a match is acted on without an editor reading it (an imported review attached to a
     * registered claim), being the best of what is registered is not enough.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> sameByTheirSimilarity(String text, UUID self, int limit) {
        return same(text, self, limit).stream()
                .filter(m -> m.similarity() >= pair.threshold())
                .toList();
    }

    private Map<UUID, Object[]> claims(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select c.id, c.text, c.status, c.verdict_rating, c.duplicate_of, c.headline from claim c where c.id in (?1)")
                .setParameter(1, ids)
                .getResultList();
        Map<UUID, Object[]> byId = new HashMap<>();
        rows.forEach(row -> byId.put(Uuids.of(row[0]), row));
        return byId;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
