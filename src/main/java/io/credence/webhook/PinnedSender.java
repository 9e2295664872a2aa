package io.credence.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a delivery to the address its target was checked at ({@link TargetPolicy.Target}), while
 * the Host header, TLS server name and certificate check use the URL's host name: what was checked
 * is what is called. Vert.x's client allows that split (the JDK's HttpClient resolves names itself).
 * Redirects are not followed.
 */
@ApplicationScoped
class PinnedSender {

    private final HttpClient client;

    PinnedSender(Vertx vertx, WebhookConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setVerifyHost(true)
                .setForceSni(true));
    }

    /** The receiver's status code; waits at most the timeout for the whole exchange. */
    int post(TargetPolicy.Target target, Map<String, String> headers, String body, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        URI uri = target.uri();
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setSsl(https)
                .setHost(uri.getHost())
                .setPort(port)
                .setURI(path)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), port)))
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis());
        headers.forEach(request::putHeader);
        return client.request(request)
                .compose(sending -> sending.send(body))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .toCompletionStage()
                .toCompletableFuture()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
