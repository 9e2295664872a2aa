package io.credence.reassessment;

import io.credence.paging.Page;
import io.credence.paging.PageQuery;
import io.credence.persistence.Listing;
import io.credence.refusal.NotFound;
import io.credence.time.Timestamps;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue of reassessment jobs. A job is taken by moving its lease ahead in one guarded UPDATE,
 * as webhook deliveries are, so of several instances exactly one works on it at a time; one that
 * dies leaves it to another when its lease runs out, and the cursor lets that one resume.
 */
@ApplicationScoped
public class Jobs {

    private final EntityManager em;
    private final Event<JobQueued> queued;
    private final Timestamps timestamps;

    Jobs(EntityManager em, Event<JobQueued> queued, Timestamps timestamps) {
        this.em = em;
        this.queued = queued;
        this.timestamps = timestamps;
    }

    /** Queues a job in the caller's transaction; workers start on it once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReassessmentJob queue(ReassessmentJob.Kind kind, UUID sourceId, String cause, boolean rejudgeWording) {
        ReassessmentJob job = new ReassessmentJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.sourceId = sourceId;
        job.cause = cause;
        job.rejudgeWording = rejudgeWording;
        job.state = ReassessmentJob.State.QUEUED;
        job.createdAt = timestamps.now();
        em.persist(job);
        queued.fire(new JobQueued(job.id));
        return job;
    }

    /** The oldest unfinished job whose lease is free, now leased to this worker; empty when there is none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UUID> take(String worker, Duration lease) {
        Instant now = timestamps.now();
        List<UUID> free = em.createQuery("""
                        select id from ReassessmentJob where state <> ?1 and (leaseUntil is null or leaseUntil < ?2)
                        order by createdAt, id""", UUID.class)
                .setParameter(1, ReassessmentJob.State.DONE)
                .setParameter(2, now)
                .setMaxResults(5)
                .getResultList();
        for (UUID id : free) {
            int taken = em.createQuery("""
                            update ReassessmentJob set worker = ?1, leaseUntil = ?2, state = ?3,
                                startedAt = coalesce(startedAt, ?4)
                            where id = ?5 and state <> ?6 and (leaseUntil is null or leaseUntil < ?4)""")
                    .setParameter(1, worker)
                    .setParameter(2, now.plus(lease))
                    .setParameter(3, ReassessmentJob.State.RUNNING)
                    .setParameter(4, now)
                    .setParameter(5, id)
                    .setParameter(6, ReassessmentJob.State.DONE)
                    .executeUpdate();
            if (taken == 1) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReassessmentJob require(UUID id) {
        return ReassessmentJob.<ReassessmentJob>findByIdOptional(id).orElseThrow(() -> new NotFound("Job", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReassessmentJob> list(ReassessmentJob.State state, PageQuery page) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        return state == null
                ? Listing.all(ReassessmentJob.class, newestFirst).page(page)
                : Listing.where(ReassessmentJob.class, "state = :state", Map.of("state", state), newestFirst)
                        .page(page);
    }
}
