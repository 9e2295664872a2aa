package io.credence.matching;

import io.credence.api.Uuids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Finds registered claims that say the same as a text. Candidates come from the term index (claims
 * sharing at least two content terms, most shared first); {@link ClaimSimilarity} scores them.
 */
@ApplicationScoped
public class ClaimMatcher {

    /** Similarity from which two claims are taken for the same (docs/MATCHING.md: how it was chosen). */
    public static final double THRESHOLD = 0.7;
    private static final int CANDIDATES = 200;
    private static final int MAX_TERM_LENGTH = 100;

    /** A registered claim like the text, with how alike. */
    public record Match(UUID claimId, String text, double similarity, String status, Integer verdictRating) {
    }

    private final EntityManager em;
    private final ClaimSimilarity similarity = ClaimSimilarity.standard();

    ClaimMatcher(EntityManager em) {
        this.em = em;
    }

    /** Adds the claim's terms to the index; in the transaction that registers it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void index(UUID claimId, String text) {
        for (String term : similarity.profile(text).terms()) {
            if (term.length() <= MAX_TERM_LENGTH) {
                em.createNativeQuery("insert into claim_term (claim_id, term) values (?1, ?2)")
                        .setParameter(1, claimId).setParameter(2, term).executeUpdate();
            }
        }
    }

    /** Registered claims (other than {@code self}) at least {@link #THRESHOLD} alike, most alike first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> similarTo(String text, UUID self, int limit) {
        ClaimSimilarity.Profile profile = similarity.profile(text);
        Set<String> terms = profile.terms();
        if (terms.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select c.id, c.text, c.status, c.verdict_rating
                        from claim c join (select t.claim_id, count(*) as shared from claim_term t
                                           where t.term in (?1) group by t.claim_id having count(*) >= ?2) m
                          on m.claim_id = c.id
                        order by m.shared desc, c.id
                        """)
                .setParameter(1, terms).setParameter(2, Math.min(2, terms.size()))
                .setMaxResults(CANDIDATES)
                .getResultList();
        List<Match> matches = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = Uuids.of(row[0]);
            if (id.equals(self)) {
                continue;
            }
            double score = similarity.similarity(profile, similarity.profile((String) row[1]));
            if (score >= THRESHOLD) {
                matches.add(new Match(id, (String) row[1], score, (String) row[2],
                        row[3] == null ? null : ((Number) row[3]).intValue()));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::claimId));
        return matches.size() > limit ? matches.subList(0, limit) : matches;
    }
}
