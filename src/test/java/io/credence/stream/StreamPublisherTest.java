package io.credence.stream;

import static io.credence.support.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credence.support.Api;
import io.nats.client.Connection;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Against the NATS server on 127.0.0.1:4222 (scripts/nats.sh starts it when it is not running), on the
 * stream the test profile publishes to: every change is published once, on its event's subject, under its outbox
 * id; a publish made again (an instance that died before recording the acknowledgement) is dropped
 * by the server, so a durable consumer still reads each change once.
 */
@QuarkusTest
class StreamPublisherTest {

    /** As the test profile configures the stream (application.properties). */
    private static final String PREFIX = "credencetest";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void everyChangeIsPublishedOnceUnderItsOutboxIdAndAPublishMadeAgainIsDropped() throws Exception {
        try (Connection nats = Nats.connect("nats://127.0.0.1:4222")) {
            String consumerName = "test-" + UUID.randomUUID();
            // A durable consumer of what is published from now on (the suite's other tests publish too).
            JetStreamSubscription consumer = nats.jetStream()
                    .subscribe(
                            PREFIX + ".>",
                            PullSubscribeOptions.builder()
                                    .configuration(ConsumerConfiguration.builder()
                                            .durable(consumerName)
                                            .deliverPolicy(DeliverPolicy.New)
                                            .inactiveThreshold(Duration.ofMinutes(5))
                                            .build())
                                    .build());
            String claim = Api.createClaim(unique("Streamed claim"));
            Api.addEvidence(claim, Api.createSource(unique("Streamed wire"), "A"), "SUPPORTS", 1);
            List<Message> mine = new ArrayList<>();
            Awaitility.await("the claim's three events")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> {
                        mine.addAll(about(claim, consumer.fetch(100, Duration.ofMillis(300))));
                        return mine.size() >= 3;
                    });
            assertEquals(PREFIX + ".claim.registered", mine.get(0).getSubject(), "the registration first");
            assertEquals(
                    Set.of(PREFIX + ".evidence.added", PREFIX + ".claim.status-changed"),
                    Set.of(mine.get(1).getSubject(), mine.get(2).getSubject()),
                    "then the evidence's two, once each");
            for (Message message : mine) {
                assertEquals(
                        body(message).get("eventId").asText(),
                        message.getHeaders().getFirst("Nats-Msg-Id"));
            }

            UUID registered = UUID.fromString(body(mine.get(0)).get("eventId").asText());
            assertEquals(StreamEntry.PUBLISHED, entry(registered).status);
            QuarkusTransaction.requiringNew().run(() -> {
                StreamEntry entry = em.find(StreamEntry.class, registered);
                entry.status = StreamEntry.PENDING; // as if the instance died before recording the acknowledgement
                entry.nextAttemptAt = Instant.now();
            });
            Awaitility.await("published again")
                    .atMost(Duration.ofSeconds(20))
                    .until(() ->
                            StreamEntry.PUBLISHED.equals(entry(registered).status) && entry(registered).attempts == 2);
            assertTrue(
                    about(claim, consumer.fetch(100, Duration.ofSeconds(2))).isEmpty(),
                    "the server dropped the event published again");
        }
    }

    private StreamEntry entry(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StreamEntry entry = em.find(StreamEntry.class, id);
            em.detach(entry);
            return entry;
        });
    }

    private static List<Message> about(String claim, List<Message> fetched) throws Exception {
        List<Message> mine = new ArrayList<>();
        for (Message message : fetched) {
            message.ack();
            if (claim.equals(body(message).get("data").path("claimId").asText())) {
                mine.add(message);
            }
        }
        return mine;
    }

    private static JsonNode body(Message message) throws Exception {
        return JSON.readTree(new String(message.getData(), StandardCharsets.UTF_8));
    }
}
