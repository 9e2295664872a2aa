package io.credence.stream;

import io.credence.time.Timestamps;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Publishes the stream outbox to NATS JetStream, oldest first. Events are taken for a lease by one
 * guarded UPDATE each, as webhook deliveries are, so that of several instances one publishes them;
 * each goes out with its row id as the message id (Nats-Msg-Id), so that when an instance dies between
 * the server's acknowledgement and its own record, the event published again by the next one is
 * dropped by the server as a duplicate: a consumer reads every event once. An unreachable server
 * delays events, never loses them: they wait in the outbox and the publisher reconnects.
 */
@ApplicationScoped
public class StreamPublisher {

    private static final Logger LOG = Logger.getLogger(StreamPublisher.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    private final EntityManager em;
    private final StreamConfig config;
    private final Timestamps timestamps;

    private Connection connection;
    private JetStream jetStream;
    private Instant lastWarning = Instant.EPOCH;
    private volatile boolean stopping;

    StreamPublisher(EntityManager em, StreamConfig config, Timestamps timestamps) {
        this.em = em;
        this.config = config;
        this.timestamps = timestamps;
    }

    @Scheduled(
            every = "${credence.stream.publish-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishDue() {
        if (!config.enabled() || stopping || !connected()) {
            return;
        }
        while (!stopping) {
            Instant now = timestamps.now();
            List<StreamEntry> taken = take(now);
            if (taken.isEmpty()) {
                return;
            }
            publish(taken);
            if (taken.size() < config.batch()) {
                return;
            }
        }
    }

    /** The due events, oldest first, each taken for this instance for one lease; those another took first are left. */
    private List<StreamEntry> take(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> due = em.createQuery(
                            "select id from StreamEntry where status = ?1 and nextAttemptAt <= ?2 "
                                    + "order by createdAt",
                            UUID.class)
                    .setParameter(1, StreamEntry.PENDING)
                    .setParameter(2, now)
                    .setMaxResults(config.batch())
                    .getResultList();
            List<UUID> mine = new ArrayList<>();
            for (UUID id : due) {
                int took = em.createQuery("update StreamEntry set nextAttemptAt = ?1, attempts = attempts + 1 "
                                + "where id = ?2 and status = ?3 and nextAttemptAt <= ?4")
                        .setParameter(1, now.plus(config.lease()))
                        .setParameter(2, id)
                        .setParameter(3, StreamEntry.PENDING)
                        .setParameter(4, now)
                        .executeUpdate();
                if (took == 1) {
                    mine.add(id);
                }
            }
            if (mine.isEmpty()) {
                return List.<StreamEntry>of();
            }
            List<StreamEntry> entries = em.createQuery(
                            "from StreamEntry where id in ?1 order by createdAt", StreamEntry.class)
                    .setParameter(1, mine)
                    .getResultList();
            entries.forEach(em::detach);
            return entries;
        });
    }

    /** Publishes in order on one connection (the server sequences them so), then records every acknowledgement. */
    private void publish(List<StreamEntry> entries) {
        List<CompletableFuture<PublishAck>> acks = new ArrayList<>();
        for (StreamEntry entry : entries) {
            PublishOptions options = PublishOptions.builder()
                    .messageId(entry.id.toString())
                    .expectedStream(config.name())
                    .build();
            acks.add(jetStream.publishAsync(
                    config.subject(entry.event), entry.payload.getBytes(StandardCharsets.UTF_8), options));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            outcomes.add(outcome(entries.get(i).id, acks.get(i)));
        }
        record(outcomes);
    }

    private Outcome outcome(UUID id, CompletableFuture<PublishAck> ack) {
        try {
            return new Outcome(
                    id,
                    ack.get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS)
                            .getSeqno(),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(id, null, "interrupted");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(id, null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    /** Acknowledged: published, with its stream sequence. Not: due again after a short wait, with the reason. */
    private void record(List<Outcome> outcomes) {
        Instant now = timestamps.now();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Outcome outcome : outcomes) {
                StreamEntry entry = em.find(StreamEntry.class, outcome.id());
                if (outcome.seq() != null) {
                    entry.status = StreamEntry.PUBLISHED;
                    entry.publishedAt = now;
                    entry.streamSeq = outcome.seq();
                    entry.lastError = null;
                } else {
                    entry.nextAttemptAt = now.plus(Duration.ofSeconds(Math.min(60, 1L << Math.min(entry.attempts, 6))));
                    entry.lastError =
                            outcome.error().length() > 2000 ? outcome.error().substring(0, 2000) : outcome.error();
                }
            }
        });
        long failed = outcomes.stream().filter(o -> o.seq() == null).count();
        if (failed > 0) {
            warn(
                    "%d of %d stream events not acknowledged (%s); they are published again",
                    failed,
                    outcomes.size(),
                    outcomes.stream()
                            .filter(o -> o.seq() == null)
                            .findFirst()
                            .orElseThrow()
                            .error());
        }
    }

    private record Outcome(UUID id, Long seq, String error) {}

    /** Connects, and makes or updates the stream, when not connected yet; false while the server cannot be reached. */
    private boolean connected() {
        if (jetStream != null) {
            return true;
        }
        try {
            Options options = Options.builder()
                    .server(config.natsUrl().orElseThrow())
                    .connectionName("credence")
                    .connectionTimeout(Duration.ofSeconds(2))
                    .maxReconnects(-1)
                    .build();
            Connection opened = Nats.connect(options);
            ensureStream(opened.jetStreamManagement());
            connection = opened;
            jetStream = opened.jetStream();
            LOG.infof(
                    "Publishing events to stream %s (subjects %s.>) on %s",
                    config.name(), config.subjectPrefix(), opened.getConnectedUrl());
            return true;
        } catch (IOException | JetStreamApiException e) {
            warn(
                    "The event stream's server (%s) cannot be reached: %s; events wait in the outbox",
                    config.natsUrl().orElse(""), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void ensureStream(JetStreamManagement management) throws IOException, JetStreamApiException {
        StreamConfiguration stream = StreamConfiguration.builder()
                .name(config.name())
                .subjects(config.subjectPrefix() + ".>")
                .storageType(StorageType.File)
                .maxAge(config.maxAge())
                .maxBytes(config.maxBytes())
                .duplicateWindow(config.duplicateWindow())
                .build();
        if (management.getStreamNames().contains(config.name())) {
            management.updateStream(stream);
        } else {
            management.addStream(stream);
        }
    }

    private void warn(String format, Object... args) {
        Instant now = Instant.now();
        if (Duration.between(lastWarning, now).compareTo(WARN_EVERY) >= 0) {
            lastWarning = now;
            LOG.warnf(format, args);
        }
    }

    /** At a stop: nothing new is taken; what is taken and not recorded is published again, and dropped by the server. */
    void stopPublishing(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
