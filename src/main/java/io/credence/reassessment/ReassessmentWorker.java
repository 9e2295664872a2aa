package io.credence.reassessment;

import io.credence.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Works through reassessment jobs in the background, a batch of claims per transaction, so that a
 * re-rating returns at once and start-up after a parameter change never waits for the claims
 * (readiness stays UP; claims show their stored status until reached). Each batch moves the job's
 * cursor and lease in the transaction that reassesses its claims: a crash repeats at most one batch,
 * and reassessing a claim twice gives the same result.
 */
@ApplicationScoped
public class ReassessmentWorker {

    private static final Logger LOG = Logger.getLogger(ReassessmentWorker.class);

    private final EntityManager em;
    private final Jobs jobs;
    private final ClaimAssessor assessor;
    private final int batch;
    private final Duration lease;
    private final Timestamps timestamps;
    private final String worker = "worker-" + UUID.randomUUID();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reassessment-worker");
        thread.setDaemon(true);
        return thread;
    });

    ReassessmentWorker(
            EntityManager em,
            Jobs jobs,
            ClaimAssessor assessor,
            @ConfigProperty(name = "credence.reassessment.batch", defaultValue = "500") int batch,
            @ConfigProperty(name = "credence.reassessment.lease", defaultValue = "60s") Duration lease,
            Timestamps timestamps) {
        this.em = em;
        this.jobs = jobs;
        this.assessor = assessor;
        this.batch = batch;
        this.lease = lease;
        this.timestamps = timestamps;
    }

    /** Picks up jobs queued elsewhere, and jobs whose worker died, once its lease runs out. */
    @Scheduled(
            every = "${credence.reassessment.poll-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        runDue();
    }

    /** A job queued here starts as soon as its transaction commits. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobQueued queued) {
        nudges.execute(this::runDue);
    }

    void onStop(@Observes ShutdownEvent event) {
        nudges.shutdownNow();
    }

    /** Runs every due job; a call while one runs makes that one look again before it stops. */
    void runDue() {
        again.set(true);
        while (again.getAndSet(false)) {
            if (!running.compareAndSet(false, true)) {
                again.set(true);
                return;
            }
            try {
                for (Optional<UUID> job = jobs.take(worker, lease); job.isPresent(); job = jobs.take(worker, lease)) {
                    work(job.get());
                }
            } catch (RuntimeException e) {
                LOG.warn("Reassessment stopped; it resumes from its cursor at the next poll", e);
            } finally {
                running.set(false);
            }
        }
    }

    private void work(UUID jobId) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReassessmentJob job = em.find(ReassessmentJob.class, jobId);
            if (job.total == null) {
                job.total = count(job);
            }
        });
        while (QuarkusTransaction.requiringNew().call(() -> nextBatch(jobId))) {
            // each batch commits on its own
        }
    }

    /** Reassesses the next batch of the job's claims; false when the job is done or no longer this worker's. */
    private boolean nextBatch(UUID jobId) {
        ReassessmentJob job = em.find(ReassessmentJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job.state == ReassessmentJob.State.DONE || !worker.equals(job.worker)) {
            return false;
        }
        List<UUID> claims = claimsAfter(job);
        if (claims.isEmpty()) {
            job.state = ReassessmentJob.State.DONE;
            job.finishedAt = timestamps.now();
            job.leaseUntil = null;
            LOG.infof(
                    "Reassessment %s done: %d claims, %d changed status (%s)",
                    job.id, job.done, job.changed, job.cause);
            return false;
        }
        job.changed += assessor.reassessAll(claims, job.cause, job.rejudgeWording);
        job.done += claims.size();
        job.afterClaim = claims.get(claims.size() - 1);
        job.leaseUntil = timestamps.now().plus(lease);
        return true;
    }

    private long count(ReassessmentJob job) {
        return job.kind == ReassessmentJob.Kind.RULES_CHANGED
                ? em.createQuery("select count(c) from Claim c", Long.class).getSingleResult()
                : em.createQuery(
                                "select count(distinct e.claimId) from Evidence e where e.sourceId = ?1 "
                                        + "or e.citesSourceId = ?1",
                                Long.class)
                        .setParameter(1, job.sourceId)
                        .getSingleResult();
    }

    /** The job's next claims in id order: every claim, or those with evidence from or citing the re-rated source. */
    private List<UUID> claimsAfter(ReassessmentJob job) {
        boolean every = job.kind == ReassessmentJob.Kind.RULES_CHANGED;
        StringBuilder jpql = new StringBuilder(
                every
                        ? "select c.id from Claim c where c.id is not null"
                        : "select distinct e.claimId from Evidence e where (e.sourceId = :source or e.citesSourceId = :source)");
        String id = every ? "c.id" : "e.claimId";
        if (job.afterClaim != null) {
            jpql.append(" and ").append(id).append(" > :after");
        }
        var query = em.createQuery(jpql.append(" order by ").append(id).toString(), UUID.class)
                .setMaxResults(batch);
        if (!every) {
            query.setParameter("source", job.sourceId);
        }
        if (job.afterClaim != null) {
            query.setParameter("after", job.afterClaim);
        }
        return query.getResultList();
    }
}
