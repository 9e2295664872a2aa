package io.credence.webhook;

import io.credence.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. A delivery is taken by moving its next attempt a lease ahead in one guarded
 * UPDATE, so that of several dispatchers (or instances) exactly one sends it; a dispatcher that dies
 * mid-send leaves it to be sent again when the lease runs out. Receivers therefore see each delivery
 * at least once, under one delivery id, and make it exactly once by ignoring ids they have seen.
 * Failures are retried with exponential backoff. A stop takes nothing new and lets the sends in
 * flight finish and be recorded while the database is still open ({@link #finishSending}), so a
 * clean stop sends nothing twice.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    static final String DELIVERY_HEADER = "X-Credence-Delivery";
    static final String EVENT_HEADER = "X-Credence-Event";

    private final EntityManager em;
    private final WebhookConfig config;
    private final PinnedSender sender;
    private final WebhookSecrets secrets;
    private final Timestamps timestamps;

    private final ExecutorService senders;
    private final ReceiverPacing pacing;
    /** Set at a stop: no delivery is taken any more. */
    private final AtomicBoolean stopping = new AtomicBoolean();

    Dispatcher(
            EntityManager em,
            WebhookConfig config,
            PinnedSender sender,
            WebhookSecrets secrets,
            Timestamps timestamps) {
        this.em = em;
        this.config = config;
        this.sender = sender;
        this.secrets = secrets;
        this.timestamps = timestamps;
        this.pacing = new ReceiverPacing(config.roundWait(), config.parallel());
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.parallel()), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * At a stop, before the persistence unit closes (the shutdown event comes before any bean is
     * destroyed): takes nothing new, and gives the sends in flight {@code stop-grace} to finish and
     * be recorded. A send still waiting then is interrupted and its delivery released at once.
     * Without this a send answered during the stop could not be recorded, and its delivery went out
     * again when its lease ran out.
     */
    void finishSending(@Observes ShutdownEvent event) throws InterruptedException {
        stopping.set(true);
        senders.shutdown();
        if (!senders.awaitTermination(config.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warnf(
                    "Webhook sends still waiting for receivers after %s at the stop: interrupted, sent again later",
                    config.stopGrace());
            senders.shutdownNow();
            senders.awaitTermination(2, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    @Scheduled(
            every = "${credence.webhooks.dispatch-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatchDue() {
        // Everything due is sent in this round, a batch at a time, oldest first within a lane: a dead
        // receiver's retries must not starve the others (each attempt moves a delivery's next attempt
        // ahead). Live deliveries fill a batch first, up to all but the bulk lane's share; bulk ones
        // the rest. A live notice therefore waits for at most the batch in flight, however many bulk
        // ones are queued, and a busy live lane cannot stop the bulk one either. A round waits for its
        // sends for at most round-wait: a receiver that does not answer holds its own deliveries back
        // (see ReceiverPacing), not everyone's.
        int bulkShare = config.batch() < 2 ? 0 : Math.max(1, config.batch() / 4);
        while (!stopping.get()) {
            Instant now = timestamps.now();
            Set<UUID> heldBack = pacing.heldBack();
            List<Due> live = due(WebhookDelivery.LIVE, now, config.batch() - bulkShare, heldBack);
            List<Due> bulk = due(WebhookDelivery.BULK, now, config.batch() - live.size(), heldBack);
            List<Due> due = new ArrayList<>(live);
            due.addAll(bulk);
            CompletableFuture<Void> round;
            try {
                round = handOver(due, now);
                handOverUnawaited(oneEachForSlow(now), now);
            } catch (RejectedExecutionException stopped) {
                return;
            }
            awaitRound(round);
            if (live.size() < config.batch() - bulkShare && bulk.size() < config.batch() - live.size()) {
                return; // neither lane had more due than this batch took
            }
        }
    }

    /** Hands deliveries to the senders; the future ends when all of them were sent or let go. */
    private CompletableFuture<Void> handOver(List<Due> deliveries, Instant now) {
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (Due delivery : deliveries) {
            pacing.handedOver(delivery.webhookId());
            try {
                sends.add(CompletableFuture.runAsync(() -> attempt(delivery, now), senders));
            } catch (RejectedExecutionException stopped) {
                pacing.done(delivery.webhookId());
                throw stopped;
            }
        }
        return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
    }

    /**
     * Hands over a slow subscriber's one delivery: its send is expected to take long, so the round does
     * not wait for it, and an unexpected failure is logged here instead of by the round.
     */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete's own future: nothing waits for it either
    private void handOverUnawaited(List<Due> deliveries, Instant now) {
        handOver(deliveries, now).whenComplete(Dispatcher::logUnexpected);
    }

    /** A due delivery and its subscriber. */
    private record Due(UUID id, UUID webhookId) {

        /** From a row of {@code select id, webhookId}. */
        static Due of(Object[] row) {
            return new Due((UUID) row[0], (UUID) row[1]);
        }
    }

    private void attempt(Due delivery, Instant now) {
        try {
            // Nothing is taken once the stop began: what is not taken is not held by a lease.
            if (stopping.get() || !pacing.maySend(delivery.webhookId())) {
                return;
            }
            long began = System.nanoTime();
            boolean taken = false;
            try {
                taken = take(delivery.id(), now);
                if (taken) {
                    send(delivery.id());
                }
            } finally {
                if (taken) {
                    pacing.sent(delivery.webhookId(), Duration.ofNanos(System.nanoTime() - began));
                } else {
                    pacing.notSent(delivery.webhookId());
                }
            }
        } finally {
            pacing.done(delivery.webhookId());
        }
    }

    private List<Due> due(String lane, Instant now, int limit, Set<UUID> heldBack) {
        if (limit <= 0) {
            return List.of();
        }
        String query = "select id, webhookId from WebhookDelivery "
                + "where status = :pending and lane = :lane and nextAttemptAt <= :now"
                + (heldBack.isEmpty() ? "" : " and webhookId not in :heldBack")
                + " order by nextAttemptAt";
        return QuarkusTransaction.requiringNew().call(() -> {
            var select = em.createQuery(query, Object[].class)
                    .setParameter("pending", WebhookDelivery.PENDING)
                    .setParameter("lane", lane)
                    .setParameter("now", now)
                    .setMaxResults(limit);
            if (!heldBack.isEmpty()) {
                select.setParameter("heldBack", heldBack);
            }
            return select.getResultList().stream().map(Due::of).toList();
        });
    }

    /** The oldest due delivery of each slow subscriber with nothing out, as many as they may send at once. */
    private List<Due> oneEachForSlow(Instant now) {
        Set<UUID> ready = pacing.slowReady();
        int room = pacing.slowRoom();
        if (ready.isEmpty() || room == 0) {
            return List.of();
        }
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select id, webhookId from WebhookDelivery "
                                        + "where status = :pending and nextAttemptAt <= :now and webhookId in :ready "
                                        + "order by nextAttemptAt",
                                Object[].class)
                        .setParameter("pending", WebhookDelivery.PENDING)
                        .setParameter("now", now)
                        .setParameter("ready", ready)
                        .setMaxResults(config.batch())
                        .getResultList());
        Map<UUID, Due> oldestEach = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (oldestEach.size() < room) {
                oldestEach.putIfAbsent((UUID) row[1], Due.of(row));
            }
        }
        return List.copyOf(oldestEach.values());
    }

    /**
     * Waits for a round's sends for at most round-wait; those a stop dropped before they began never
     * complete, so not past the stop either. Sends still out then go on; their subscribers are held
     * back until they end.
     */
    private void awaitRound(CompletableFuture<Void> round) {
        long deadline = System.nanoTime() + config.roundWait().toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                round.get(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
                return;
            } catch (TimeoutException e) {
                if (senders.isTerminated()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                logUnexpected(null, e.getCause());
                return;
            }
        }
    }

    private static void logUnexpected(Void ignored, Throwable failure) {
        if (failure != null) {
            LOG.warnf(failure, "A webhook send failed unexpectedly");
        }
    }

    /** Takes the delivery for this dispatcher for one lease; false when another took it first. */
    private boolean take(UUID id, Instant now) {
        return QuarkusTransaction.requiringNew()
                        .call(() -> em.createQuery("""
                        update WebhookDelivery set nextAttemptAt = ?1, attempts = attempts + 1
                        where id = ?2 and status = ?3 and nextAttemptAt <= ?4""")
                                .setParameter(1, now.plus(config.lease()))
                                .setParameter(2, id)
                                .setParameter(3, WebhookDelivery.PENDING)
                                .setParameter(4, now)
                                .executeUpdate())
                == 1;
    }

    private void send(UUID id) {
        WebhookDelivery delivery = QuarkusTransaction.requiringNew().call(() -> em.find(WebhookDelivery.class, id));
        Webhook webhook = QuarkusTransaction.requiringNew().call(() -> em.find(Webhook.class, delivery.webhookId));
        Integer status = null;
        String error = null;
        if (webhook.removedAt != null) {
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookDelivery ended = em.find(WebhookDelivery.class, id);
                ended.status = WebhookDelivery.FAILED;
                ended.lastError = "the webhook was removed at " + webhook.removedAt;
            });
            return;
        }
        try {
            TargetPolicy.Target target = TargetPolicy.check(webhook.url, config.allowPrivate());
            status = sender.post(
                    target,
                    Map.of(
                            "Content-Type",
                            "application/json",
                            DELIVERY_HEADER,
                            delivery.id.toString(),
                            EVENT_HEADER,
                            delivery.event,
                            Signature.HEADER,
                            Signature.of(secrets.open(webhook), delivery.payload)),
                    delivery.payload,
                    config.answerTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        record(id, status, error);
    }

    private void record(UUID id, Integer status, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
            Instant now = timestamps.now();
            delivery.lastStatus = status;
            delivery.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
            if (status != null && status >= 200 && status < 300) {
                delivery.status = WebhookDelivery.DELIVERED;
                delivery.deliveredAt = now;
            } else if (stopping.get() && status == null) {
                // Interrupted by the stop: released for the next dispatcher (or this one after a restart) at once.
                delivery.nextAttemptAt = now;
            } else if (delivery.attempts >= config.maxAttempts()) {
                delivery.status = WebhookDelivery.FAILED;
                LOG.warnf("Webhook delivery %s failed for good after %d attempts", id, delivery.attempts);
            } else {
                delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
            }
        });
    }

    /** initialBackoff × 2^(attempts − 1), at most maxBackoff, then drawn between its half and its whole ("equal jitter"). */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30));
        Duration capped = wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
        long half = capped.toMillis() / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped.toMillis() - half + 1));
    }
}
