package io.credence.matching;

import io.credence.api.Uuids;
import io.credence.classify.SentenceEmbedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Has this been checked already?": the registered claims most like a text, by meaning and words
 * ({@link ClaimRanker}), each with its {@link Relation} ({@link RelationJudge}) and the state a CMS
 * needs (status, verdict).
 */
@ApplicationScoped
public class ClaimSearch {

    /** A registered claim like the text. {@code similarity} is the ranker's score, 0..1 in practice. */
    public record Match(UUID claimId, String text, double similarity, Relation relation, String reason, String status,
                        Integer verdictRating) {
    }

    /** The weight of the cosine in the blend used without a reranker: best on CLEF2020 Task 2 train (docs/MATCHING.md). */
    public static final double BLEND = 0.85;

    private final ClaimIndexKeeper keeper;
    private final SentenceEmbedder embedder;
    private final EntityManager em;
    private final RelationJudge judge = new RelationJudge(RelationJudge.Thresholds.STANDARD);

    ClaimSearch(ClaimIndexKeeper keeper, SentenceEmbedder embedder, EntityManager em) {
        this.keeper = keeper;
        this.embedder = embedder;
        this.em = em;
    }

    /** The {@code limit} claims most like the text (other than {@code self}), best first, with no threshold. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> search(String text, UUID self, int limit) {
        ClaimRanker ranker = new ClaimRanker(keeper.index(), embedder::embed, ClaimRanker.blend(BLEND));
        List<ClaimRanker.Ranked> ranked = ranker.rank(text, self == null ? limit : limit + 1);
        Map<UUID, Object[]> rows = claims(ranked.stream().map(ClaimRanker.Ranked::claimId).toList());
        List<Match> matches = new ArrayList<>();
        for (ClaimRanker.Ranked r : ranked) {
            Object[] row = rows.get(r.claimId());
            if (row == null || r.claimId().equals(self) || matches.size() == limit) {
                continue;
            }
            String claimText = (String) row[1];
            RelationJudge.Judgement judgement = judge.judge(text, claimText, r.score());
            matches.add(new Match(r.claimId(), claimText, round(r.score()), judgement.relation(), judgement.reason(),
                    (String) row[2], row[3] == null ? null : ((Number) row[3]).intValue()));
        }
        return matches;
    }

    /** Matches that say the same or contradict: a claim's "similar" list, an article sentence's matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> sameOrContradicting(String text, UUID self, int limit) {
        return search(text, self, limit).stream().filter(m -> m.relation() != Relation.RELATED).toList();
    }

    /** Matches that say the same: possible duplicates. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> same(String text, UUID self, int limit) {
        return search(text, self, limit).stream().filter(m -> m.relation() == Relation.SAME).toList();
    }

    private Map<UUID, Object[]> claims(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.text, c.status, c.verdict_rating from claim c where c.id in (?1)")
                .setParameter(1, ids).getResultList();
        Map<UUID, Object[]> byId = new HashMap<>();
        rows.forEach(row -> byId.put(Uuids.of(row[0]), row));
        return byId;
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
