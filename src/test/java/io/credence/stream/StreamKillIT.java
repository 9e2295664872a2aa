package io.credence.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.support.PackagedService;
import io.nats.client.Connection;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service publishing to a stream of this run's own on the NATS server on 127.0.0.1:4222
 * (scripts/nats.sh), killed with SIGKILL while claims are being registered and events published, then
 * started again: a durable consumer reads every acknowledged registration exactly once, whatever the
 * kill interrupted (an event published and not recorded is published again under the same id, and the
 * server drops it).
 */
class StreamKillIT {

    private static final String NATS = "nats://127.0.0.1:4222";
    private static final Path DATA = Path.of("target", "stream-it");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN =
            UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String STREAM = "CREDENCE_IT_" + RUN;
    private static final String PREFIX = "credenceit" + RUN;

    private PackagedService service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        try (Connection nats = Nats.connect(NATS)) {
            nats.jetStreamManagement().deleteStream(STREAM);
        }
    }

    @Test
    void aDurableConsumerReadsEveryAcknowledgedRegistrationOnceAcrossAKill() throws Exception {
        PackagedService.freshH2Files(DATA);
        String database = System.getProperty("credence.it.stream-db-url");
        Map<String, String> env = Map.of(
                "CREDENCE_STREAM_NATS_URL",
                NATS,
                "CREDENCE_STREAM_NAME",
                STREAM,
                "CREDENCE_STREAM_SUBJECT_PREFIX",
                PREFIX,
                "CREDENCE_STREAM_MAX_AGE",
                "1h",
                "CREDENCE_MATCHING_INDEX_DIR",
                "");
        service = PackagedService.start(database, DATA, env);
        String editor = service.issueKey("editor");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        // Four writers; the service is killed while they write and its publisher publishes.
        ExecutorService writers = Executors.newFixedThreadPool(4);
        PackagedService killed = service;
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writing.add(writers.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    try {
                        acknowledged.add(killed.send(
                                        "POST",
                                        "/claims",
                                        editor,
                                        Map.of("text", "Streamed across a kill " + UUID.randomUUID()),
                                        201)
                                .get("id")
                                .asText());
                    } catch (Exception refusedOnceKilled) {
                        return null;
                    }
                }
                return null;
            }));
        }
        while (acknowledged.size() < 120) {
            Thread.sleep(20);
        }
        service.kill();
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        for (Future<?> writer : writing) {
            writer.get(); // a writer ends when the kill refuses it; anything else fails here
        }
        int beforeKill = acknowledged.size();

        service = PackagedService.start(database, DATA, env);
        for (int i = 0; i < 30; i++) {
            acknowledged.add(
                    service.send("POST", "/claims", editor, Map.of("text", "Streamed after " + UUID.randomUUID()), 201)
                            .get("id")
                            .asText());
        }

        try (Connection nats = Nats.connect(NATS)) {
            JetStreamSubscription consumer = nats.jetStream()
                    .subscribe(
                            PREFIX + ".claim.registered",
                            PullSubscribeOptions.builder()
                                    .configuration(ConsumerConfiguration.builder()
                                            .durable("kill-it-" + RUN)
                                            .deliverPolicy(DeliverPolicy.All)
                                            .build())
                                    .build());
            List<JsonNode> read = new ArrayList<>();
            Set<String> messageIds = new HashSet<>();
            // Events the killed instance had taken are published again once its lease (30 s) runs out, so
            // reading goes on until every acknowledged registration has come (or a minute past the lease),
            // then five quiet seconds more, in which a duplicate would show.
            Set<String> seen = new HashSet<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline
                    && (!seen.containsAll(acknowledged)
                            || System.nanoTime() - quietSince
                                    < Duration.ofSeconds(5).toNanos())) {
                List<Message> batch = consumer.fetch(200, Duration.ofMillis(500));
                for (Message message : batch) {
                    message.ack();
                    assertTrue(messageIds.add(message.getHeaders().getFirst("Nats-Msg-Id")), "a message id read twice");
                    JsonNode event = JSON.readTree(new String(message.getData(), StandardCharsets.UTF_8));
                    read.add(event);
                    seen.add(event.get("data").get("claimId").asText());
                }
                if (!batch.isEmpty()) {
                    quietSince = System.nanoTime();
                }
            }
            Map<String, Long> perClaim = read.stream()
                    .map(event -> event.get("data").get("claimId").asText())
                    .collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
            System.out.printf(
                    "Killed after %d acknowledged registrations; %d in all; %d registration events read%n",
                    beforeKill, acknowledged.size(), read.size());
            for (String claim : acknowledged) {
                assertEquals(
                        1L,
                        perClaim.getOrDefault(claim, 0L),
                        "claim " + claim + " read " + perClaim.get(claim) + " times");
            }
            // A registration committed while its answer was cut by the kill is published too, once.
            perClaim.forEach((claim, times) -> assertEquals(1L, times, "claim " + claim + " read " + times + " times"));
        }
    }
}
