package io.credence.reassessment;

import io.credence.assessment.Assessment;
import io.credence.audit.DerivedRows;
import io.credence.claim.Claim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each claim's stored assessment (status, probability, rating) against what the engine makes of
 * its evidence now. The evidence and the sources are replayed against the trail first, so a status
 * or probability changed by hand in the claim table shows here. Skipped while a reassessment is
 * queued or running: stored assessments may then rightly lag the engine for a while.
 */
@ApplicationScoped
class StoredAssessments implements DerivedRows {

    private static final int BATCH = 500;

    private final ClaimAssessor assessor;
    private final EntityManager em;

    StoredAssessments(ClaimAssessor assessor, EntityManager em) {
        this.assessor = assessor;
        this.em = em;
    }

    @Override
    public Optional<String> disagreement() {
        if (QuarkusTransaction.requiringNew()
                        .call(() -> ReassessmentJob.count(
                                "state in ?1", List.of(ReassessmentJob.State.QUEUED, ReassessmentJob.State.RUNNING)))
                > 0) {
            return Optional.empty();
        }
        UUID after = null;
        while (true) {
            UUID from = after;
            List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> {
                List<Claim> batch = (from == null
                                ? em.createQuery("from Claim order by id", Claim.class)
                                : em.createQuery("from Claim where id > ?1 order by id", Claim.class)
                                        .setParameter(1, from))
                        .setMaxResults(BATCH)
                        .getResultList();
                batch.forEach(em::detach);
                return batch;
            });
            Optional<String> problem = QuarkusTransaction.requiringNew().call(() -> firstDisagreeing(claims));
            if (problem.isPresent() || claims.size() < BATCH) {
                return problem;
            }
            after = claims.get(claims.size() - 1).id;
        }
    }

    private Optional<String> firstDisagreeing(List<Claim> claims) {
        Map<UUID, Assessment> now = assessor.assessNow(claims);
        for (Claim claim : claims) {
            Assessment engine = now.get(claim.id);
            if (engine.status() != claim.status
                    || engine.probability() != claim.probability
                    || engine.rating().value() != claim.computedRating) {
                return Optional.of("claim " + claim.id + " stores " + claim.status + " at " + claim.probability
                        + " but its evidence gives " + engine.status() + " at " + engine.probability());
            }
        }
        return Optional.empty();
    }
}
