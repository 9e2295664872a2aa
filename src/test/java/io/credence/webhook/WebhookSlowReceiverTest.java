package io.credence.webhook;

import static io.credence.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.credence.support.Api;
import io.credence.support.NoticeReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One subscriber's receiver accepts each notice and never answers; each send to it ends at the answer
 * timeout (10 s). Another subscriber's notices must not wait for it: before, a round waited for all its
 * sends, so the healthy receiver's notices came 8.8-18.9 s after their claims, and once the first send
 * timed out the hung receiver was sent all its due notices at once (29 sends in this test), holding
 * every sender again. Now they come within 2 s (0.4-1.9 s in four runs), and the hung receiver gets one send at a time.
 */
@QuarkusTest
class WebhookSlowReceiverTest {

    /** credence.webhooks.answer-timeout as configured. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private NoticeReceiver healthy;
    private HttpServer hung;
    private ExecutorService hungHandlers;
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Long> hungArrivals = new CopyOnWriteArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();

    /** As in WebhookLanesTest: other tests' subscriptions, whose receivers are gone, would take senders too. */
    @BeforeEach
    void removeOtherSubscriptions() {
        Api.removeActiveWebhooks();
    }

    @BeforeEach
    void startReceivers() throws IOException {
        healthy = new NoticeReceiver();
        hung = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hungHandlers = Executors.newCachedThreadPool();
        hung.setExecutor(hungHandlers);
        hung.createContext("/hung", exchange -> {
            hungArrivals.add(System.nanoTime());
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hung.start();
    }

    @AfterEach
    void stopReceivers() {
        for (String id : subscriptions) {
            given().delete("/webhooks/{id}", id).then().statusCode(204);
        }
        release.countDown(); // the send still out is answered, so no stop waits for it
        hung.stop(0);
        hungHandlers.shutdownNow();
        healthy.close();
    }

    @Test
    void aReceiverThatNeverAnswersHoldsBackOnlyItsOwnNotices() throws InterruptedException {
        subscribe(healthy.url());
        subscribe("http://127.0.0.1:" + hung.getAddress().getPort() + "/hung");

        List<Long> waits = new ArrayList<>();
        // Claims every 2 s, past the first hung send's timeout, when the hung receiver has several due.
        for (int i = 0; i < 8; i++) {
            String claim = Api.createClaim(unique("Announced while a receiver hangs " + i));
            long committed = System.nanoTime();
            Awaitility.await("the healthy receiver's notice")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> arrivalOf(claim) != null);
            waits.add(Duration.ofNanos(arrivalOf(claim) - committed).toMillis());
            Thread.sleep(2000);
        }
        Awaitility.await("a second send to the hung receiver, after the first timed out")
                .atMost(Duration.ofSeconds(60))
                .until(() -> hungArrivals.size() >= 2);
        Thread.sleep(2000); // room for any further send the dispatcher would make alongside it

        System.out.printf(
                "Healthy notices came %s ms after their claims; the hung receiver got %d sends%n",
                waits, hungArrivals.size());
        assertTrue(
                waits.stream().allMatch(ms -> ms < ANSWER_TIMEOUT.toMillis() * 7 / 10),
                "the healthy receiver's notices waited " + waits + " ms");
        for (int i = 1; i < hungArrivals.size(); i++) {
            long apart = Duration.ofNanos(hungArrivals.get(i) - hungArrivals.get(i - 1))
                    .toMillis();
            assertTrue(
                    apart > ANSWER_TIMEOUT.toMillis() * 9 / 10,
                    "two sends to the hung receiver at once (" + apart + " ms apart): one at a time, each"
                            + " ending at the answer timeout");
        }
    }

    /** When the healthy receiver got the claim's notice, or null. */
    private Long arrivalOf(String claim) {
        return healthy.notices().stream()
                .filter(n -> n.body().path("data").path("claimId").asText().equals(claim))
                .map(NoticeReceiver.Notice::atNanos)
                .findFirst()
                .orElse(null);
    }

    private void subscribe(String url) {
        subscriptions.add(given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url", url, "events", List.of("claim.registered"), "secret", "slow-receiver-secret-0123456789"))
                .post("/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
