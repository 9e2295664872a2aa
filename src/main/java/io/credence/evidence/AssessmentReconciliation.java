package io.credence.evidence;

import io.credence.api.Sha256;
import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EngineParameters;
import io.credence.assessment.Reliability;
import io.credence.claim.Claim;
import io.credence.language.LanguageConfig;
import io.credence.language.RumourAnalyzer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stored rumour penalties, weights and assessments follow from the engine's parameters and the
 * rumour lexicon. At start-up, when either differs from what the data was computed with (or was
 * never recorded, as after the migration that introduced them), every item is rejudged and
 * reweighed and every claim reassessed, in batches.
 */
@ApplicationScoped
public class AssessmentReconciliation {

    private static final Logger LOG = Logger.getLogger(AssessmentReconciliation.class);
    private static final int BATCH = 500;

    private final EntityManager em;
    private final ConfidenceEngine engine;
    private final ClaimAssessor assessor;
    private final RumourAnalyzer analyzer;
    private final LanguageConfig language;

    AssessmentReconciliation(EntityManager em, ConfidenceEngine engine, ClaimAssessor assessor,
                             RumourAnalyzer analyzer, LanguageConfig language) {
        this.em = em;
        this.engine = engine;
        this.assessor = assessor;
        this.analyzer = analyzer;
        this.language = language;
    }

    void onStart(@Observes StartupEvent event) {
        String current = fingerprint(engine.parameters(), analyzer.lexiconFingerprint(), language.rumourGradeAt());
        String recorded = QuarkusTransaction.requiringNew().call(this::recordedFingerprint);
        if (current.equals(recorded)) {
            return;
        }
        LOG.infof("Assessment parameters changed (%s -> %s): reweighing evidence and reassessing claims",
                recorded, current);
        long items = inBatches(Evidence.class, batch -> {
            Map<UUID, Reliability> ratings = ratingsOf(batch);
            batch.forEach(evidence -> reweigh(evidence, ratings));
        });
        long claims = inBatches(Claim.class, batch -> batch.forEach(claim -> assessor.reassess(
                em.find(Claim.class, claim.id, LockModeType.PESSIMISTIC_WRITE), "engine parameters changed")));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from assessment_state").executeUpdate();
            em.createNativeQuery("insert into assessment_state (id, parameters_fingerprint) values (1, ?1)")
                    .setParameter(1, current).executeUpdate();
        });
        LOG.infof("Reweighed %d evidence items and reassessed %d claims", items, claims);
    }

    private void reweigh(Evidence evidence, Map<UUID, Reliability> ratings) {
        assessor.judgeWording(evidence);
        assessor.weigh(evidence, ratings.get(evidence.sourceId));
    }

    /** The ratings of a batch's sources in one query, in the batch's transaction (not one query per item). */
    private Map<UUID, Reliability> ratingsOf(List<Evidence> batch) {
        Map<UUID, Reliability> ratings = new HashMap<>();
        if (batch.isEmpty()) {
            return ratings;
        }
        em.createQuery("select s.id, s.reliability from Source s where s.id in :ids", Object[].class)
                .setParameter("ids", batch.stream().map(e -> e.sourceId).distinct().toList())
                .getResultList()
                .forEach(row -> ratings.put((UUID) row[0], (Reliability) row[1]));
        return ratings;
    }

    private <T extends io.quarkus.hibernate.orm.panache.PanacheEntityBase> long inBatches(
            Class<T> type, java.util.function.Consumer<List<T>> work) {
        long done = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<T> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<T> entities = page(type, from);
                work.accept(entities);
                return entities;
            });
            if (batch.isEmpty()) {
                return done;
            }
            done += batch.size();
            after = idOf(batch.get(batch.size() - 1));
        }
    }

    private <T> List<T> page(Class<T> type, UUID after) {
        String entity = type.getSimpleName();
        var query = after == null
                ? em.createQuery("from " + entity + " order by id", type)
                : em.createQuery("from " + entity + " where id > ?1 order by id", type).setParameter(1, after);
        return query.setMaxResults(BATCH).getResultList();
    }

    private static UUID idOf(Object entity) {
        return entity instanceof Claim claim ? claim.id : ((Evidence) entity).id;
    }

    private String recordedFingerprint() {
        List<?> rows = em.createNativeQuery("select parameters_fingerprint from assessment_state where id = 1")
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0).toString();
    }

    /** A digest of every parameter, the lexicon and the rumour-grade threshold, in a fixed order. */
    static String fingerprint(EngineParameters p, String lexicon, double rumourGradeAt) {
        // The leading number changes when what is stored from an assessment changes (3: computed rating;
        // 4: the rules of evidence and the plain-words explanation).
        StringBuilder canonical = new StringBuilder("4;").append(lexicon).append(';').append(rumourGradeAt).append(';');
        for (Reliability letter : Reliability.values()) {
            canonical.append(letter).append('=').append(p.trust(letter)).append(';');
        }
        for (int n = 1; n <= 6; n++) {
            canonical.append(n).append('=').append(p.credibilityWeight(n)).append(';');
        }
        canonical.append(p.priorWeight()).append(';').append(p.baseRate()).append(';')
                .append(p.unverifiedAbove()).append(';').append(p.contestedAt()).append(';')
                .append(p.confirmedFrom()).append(';').append(p.likelyTrueFrom()).append(';')
                .append(p.likelyFalseTo()).append(';').append(p.falseTo()).append(';')
                .append(p.highConfidenceUncertainty()).append(';').append(p.highConfidenceOrigins()).append(';')
                .append(p.moderateConfidenceUncertainty()).append(';').append(p.moderateConfidenceOrigins()).append(';')
                .append(p.bounds()).append(';').append(p.copies());
        return Sha256.hex(canonical.toString());
    }
}
