package io.credence.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delivery goes to the address its target was checked at, not to what the name resolves to when
 * it is sent. The name here is under .invalid (RFC 6761), which never resolves: the request arrives
 * only because the connection uses the pinned address, and it still names its host.
 */
@QuarkusTest
class PinnedSenderTest {

    @Inject
    PinnedSender sender;

    private HttpServer receiver;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Host") + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void connectsToTheCheckedAddressUnderTheUrlsHostName() throws Exception {
        int port = receiver.getAddress().getPort();
        URI url = URI.create("http://rebinding.invalid:" + port + "/hook?from=test");
        int status = sender.post(
                new TargetPolicy.Target(url, InetAddress.getLoopbackAddress()),
                Map.of("Content-Type", "application/json"),
                "{\"event\":\"x\"}",
                Duration.ofSeconds(5));
        assertEquals(204, status);
        assertEquals(List.of("rebinding.invalid:" + port + " /hook?from=test {\"event\":\"x\"}"), seen);
    }
}
