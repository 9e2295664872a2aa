package io.credence.claimreview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credence.audit.AuditedRows;
import io.credence.audit.AuditedTable;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Imported organisations as their events record them, for replaying the trail against the table. */
@Singleton
class ReviewOrganisationRows extends AuditedTable {

    ReviewOrganisationRows(EntityManager em) {
        super(em, ReviewOrganisations.ENTITY, "review_organisation");
    }

    @Override
    public Optional<String> disagreement(Map<UUID, ObjectNode> replayed) {
        List<ReviewOrganisationState> rows =
                ReviewOrganisation.<ReviewOrganisation>list("id in ?1", replayed.keySet()).stream()
                        .map(ReviewOrganisationState::of)
                        .toList();
        return AuditedRows.compare(entity(), replayed, AuditedRows.recordedById(rows, ReviewOrganisationState::id));
    }
}
