package io.credence.reassessment;

import io.credence.assessment.ConfidenceEngine;
import io.credence.assessment.EngineParameters;
import io.credence.assessment.Reliability;
import io.credence.audit.AuditAction;
import io.credence.audit.AuditWriter;
import io.credence.hashing.Sha256;
import io.credence.language.LanguageConfig;
import io.credence.language.RumourAnalyzer;
import io.credence.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Stored rumour penalties and assessments follow from the engine's parameters and the rumour
 * lexicon. At start-up, when either differs from the last recorded version (or none was recorded,
 * as after the migration that introduced versions), the new version is recorded and every claim is
 * queued for reassessment in the background: the service is ready at once and shows stored
 * statuses until the job reaches them.
 */
@ApplicationScoped
public class AssessmentReconciliation {

    private static final Logger LOG = Logger.getLogger(AssessmentReconciliation.class);

    private final EntityManager em;
    private final ConfidenceEngine engine;
    private final RumourAnalyzer analyzer;
    private final LanguageConfig language;
    private final ParameterVersions versions;
    private final Jobs jobs;
    private final AuditWriter audit;
    private final Timestamps timestamps;

    AssessmentReconciliation(
            EntityManager em,
            ConfidenceEngine engine,
            RumourAnalyzer analyzer,
            LanguageConfig language,
            ParameterVersions versions,
            Jobs jobs,
            AuditWriter audit,
            Timestamps timestamps) {
        this.em = em;
        this.engine = engine;
        this.analyzer = analyzer;
        this.language = language;
        this.versions = versions;
        this.jobs = jobs;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(this::recordIfChanged);
        } catch (PersistenceException raced) {
            // Another instance starting with the same parameters recorded the version first.
            LOG.debugf(raced, "Engine parameters recorded by another instance");
        }
    }

    /** Records the current parameters as a new version and queues every claim, unless they are the last recorded. */
    void recordIfChanged() {
        String lexicon = analyzer.lexiconFingerprint();
        String current = fingerprint(engine.parameters(), lexicon, language.rumourGradeAt());
        List<Object[]> last = em.createNativeQuery(
                        "select version, fingerprint, lexicon from engine_parameters order by version desc",
                        Object[].class)
                .setMaxResults(1)
                .getResultList();
        if (!last.isEmpty() && current.equals(last.get(0)[1])) {
            return;
        }
        long version = last.isEmpty() ? 1 : ((Number) last.get(0)[0]).longValue() + 1;
        boolean lexiconChanged = last.isEmpty() || !lexicon.equals(last.get(0)[2]);
        Instant from = timestamps.now();
        em.createNativeQuery(
                        "insert into engine_parameters (version, fingerprint, lexicon, parameters, effective_from) "
                                + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, version)
                .setParameter(2, current)
                .setParameter(3, lexicon)
                .setParameter(4, versions.write(engine.parameters()))
                .setParameter(5, from)
                .executeUpdate();
        String why = "engine parameters version " + version + (lexiconChanged ? " (with the rumour lexicon)" : "");
        ReassessmentJob job = jobs.queue(ReassessmentJob.Kind.RULES_CHANGED, null, why, lexiconChanged);
        // The service changes them when it starts with other configuration: the actor is the service itself.
        audit.recordAs(
                AuditWriter.SYSTEM,
                AuditWriter.PARAMETERS,
                AuditAction.PARAMETERS_CHANGED,
                ParameterState.idOf(version),
                why,
                null,
                new ParameterState(version, current, lexicon, engine.parameters(), from, job.id));
        LOG.infof(
                "Engine parameters version %d recorded; claims are reassessed in the background (job %s)",
                version, job.id);
    }

    /** A digest of every parameter, the lexicon and the rumour-grade threshold, in a fixed order. */
    static String fingerprint(EngineParameters p, String lexicon, double rumourGradeAt) {
        // The leading number changes when what is stored from an assessment changes (3: computed rating;
        // 4: the rules of evidence and the plain-words explanation).
        StringBuilder canonical = new StringBuilder("4;")
                .append(lexicon)
                .append(';')
                .append(rumourGradeAt)
                .append(';');
        for (Reliability letter : Reliability.values()) {
            canonical.append(letter).append('=').append(p.trust(letter)).append(';');
        }
        for (int n = 1; n <= 6; n++) {
            canonical.append(n).append('=').append(p.credibilityWeight(n)).append(';');
        }
        canonical
                .append(p.priorWeight())
                .append(';')
                .append(p.baseRate())
                .append(';')
                .append(p.unverifiedAbove())
                .append(';')
                .append(p.contestedAt())
                .append(';')
                .append(p.confirmedFrom())
                .append(';')
                .append(p.likelyTrueFrom())
                .append(';')
                .append(p.likelyFalseTo())
                .append(';')
                .append(p.falseTo())
                .append(';')
                .append(p.highConfidenceUncertainty())
                .append(';')
                .append(p.highConfidenceOrigins())
                .append(';')
                .append(p.moderateConfidenceUncertainty())
                .append(';')
                .append(p.moderateConfidenceOrigins())
                .append(';')
                .append(p.bounds())
                .append(';')
                .append(p.copies());
        return Sha256.hex(canonical.toString());
    }
}
