package io.credence.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on this machine's loopback that answers 200 to every notice and keeps each body,
 * parsed, with when it arrived.
 */
public final class NoticeReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    /** A notice's body and when it arrived ({@link System#nanoTime}). */
    public record Notice(JsonNode body, long atNanos) {}

    public NoticeReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            notices.add(new Notice(body, System.nanoTime()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL to subscribe. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Every body received so far, in the order they arrived. */
    public List<JsonNode> received() {
        return notices.stream().map(Notice::body).toList();
    }

    /** Every notice received so far, in the order they arrived. */
    public List<Notice> notices() {
        return notices;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
