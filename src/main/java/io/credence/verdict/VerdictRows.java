package io.credence.verdict;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.audit.AuditedRows;
import io.credence.audit.AuditedTable;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Verdicts as their events record them ({@link VerdictState}), for replaying the trail against the
 * table; and the rating and label each claim shows, which must be its current verdict's.
 */
@Singleton
class VerdictRows extends AuditedTable {

    /** Claims whose shown verdict is not their current verdict (or that show one without having one). */
    private static final String CLAIMS_SHOWING_ANOTHER =
            "select c.id, c.verdictRating, c.verdictLabel, v.rating, v.label "
                    + "from Claim c left join Verdict v on v.claimId = c.id and v.supersededAt is null "
                    + "where c.id in (select w.claimId from Verdict w where w.id in ?1)";

    VerdictRows(EntityManager em) {
        super(em, "verdict", "verdict");
    }

    @Override
    public Optional<String> disagreement(Map<UUID, ObjectNode> replayed) {
        List<VerdictState> rows = Verdict.<Verdict>list("id in ?1", replayed.keySet()).stream()
                .map(VerdictState::of)
                .toList();
        Optional<String> verdict =
                AuditedRows.compare(entity(), replayed, AuditedRows.recordedById(rows, VerdictState::id));
        if (verdict.isPresent()) {
            return verdict;
        }
        for (Object[] claim : em.createQuery(CLAIMS_SHOWING_ANOTHER, Object[].class)
                .setParameter(1, replayed.keySet())
                .getResultList()) {
            if (!Objects.equals(claim[1], claim[3]) || !Objects.equals(claim[2], claim[4])) {
                return Optional.of("claim " + claim[0] + " shows verdict " + claim[1] + " (" + claim[2]
                        + ") but its current verdict is " + claim[3] + " (" + claim[4] + ")");
            }
        }
        return Optional.empty();
    }
}
