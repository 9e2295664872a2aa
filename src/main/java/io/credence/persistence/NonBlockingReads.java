package io.credence.persistence;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * PostgreSQL's non-blocking client, for the few reads answered on the event loop (the claim read, the
 * service's most frequent request). A read through JDBC holds a worker thread while it waits on the
 * socket; handing each request to a worker and back, and the blocking socket calls, were a third of a
 * claim read's CPU (docs/PERFORMANCE.md). Only PostgreSQL has such a client: on the embedded H2
 * default, and where this is switched off, {@link #available()} is false and callers read through JDBC.
 *
 * <p>The connection is the JDBC URL's (host, port, database, {@code sslmode}) with the same user; a URL
 * with any other parameter is not translated (a JDBC driver option is no server setting), and the
 * reads stay on JDBC, said once in the log. Failures come back in JDBC's terms ({@link SQLException}
 * with the server's SQLState, connection failures as {@link SQLTransientConnectionException}), so that
 * {@link DatabaseFailure} answers them as it answers JDBC's: 503 while the database cannot be reached.
 */
@ApplicationScoped
public class NonBlockingReads {

    private static final Logger LOG = Logger.getLogger(NonBlockingReads.class);

    private final Pool pool;

    @Inject
    NonBlockingReads(
            Vertx vertx,
            @ConfigProperty(name = "credence.db.url") String url,
            @ConfigProperty(name = "credence.db.user") String user,
            @ConfigProperty(name = "credence.db.password") Optional<String> password,
            @ConfigProperty(name = "credence.db.non-blocking-reads.enabled") boolean enabled,
            @ConfigProperty(name = "credence.db.non-blocking-reads.pool-size") int poolSize,
            @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout") Duration connectionWait) {
        this(
                enabled
                        ? connectOptions(url)
                                .map(options ->
                                        pool(vertx, options, user, password.orElse(""), poolSize, connectionWait))
                                .orElse(null)
                        : null);
    }

    private NonBlockingReads(Pool pool) {
        this.pool = pool;
    }

    /**
     * A client of its own for that database whatever the settings say, or empty when it is not
     * PostgreSQL: for a test of the reads themselves in a suite that traces (where the service's own is
     * off, tracing.TracingSwitch). Close it after use.
     */
    public static Optional<NonBlockingReads> connectingTo(Vertx vertx, String url, String user, String password) {
        return connectOptions(url)
                .map(options -> new NonBlockingReads(pool(vertx, options, user, password, 1, Duration.ofSeconds(5))));
    }

    private static Pool pool(
            Vertx vertx, PgConnectOptions options, String user, String password, int size, Duration connectionWait) {
        return PgBuilder.pool()
                .connectingTo(options.setUser(user).setPassword(password).setCachePreparedStatements(true))
                .with(new PoolOptions()
                        .setMaxSize(size)
                        .setConnectionTimeout((int) connectionWait.toMillis())
                        .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS)
                        .setName("credence-non-blocking-reads"))
                .using(vertx)
                .build();
    }

    /** Whether reads can be answered without a worker thread (PostgreSQL, and not switched off). */
    public boolean available() {
        return pool != null;
    }

    /**
     * The rows of one prepared statement, mapped as a whole; only when {@link #available()}. A
     * completion stage, not a Mutiny Uni: with context propagation on, each Uni operator captured
     * and restored the thread's contexts, 4 % of a read.
     */
    public <T> CompletionStage<T> query(String sql, Tuple parameters, Function<RowSet<Row>, T> mapper) {
        if (pool == null) {
            throw new IllegalStateException("no non-blocking client for this database");
        }
        return pool.preparedQuery(sql)
                .execute(parameters)
                .map(mapper)
                .recover(failure -> Future.failedFuture(inJdbcTerms(failure)))
                .toCompletionStage();
    }

    /** A PostgreSQL JDBC URL as the non-blocking client's options, or empty when it is not one it can take. */
    static Optional<PgConnectOptions> connectOptions(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            return Optional.empty();
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> parameters = parameters(uri.getRawQuery());
        if (!parameters.keySet().stream().allMatch("sslmode"::equals)) {
            LOG.infof(
                    "Reads go through JDBC: the database URL has options the non-blocking client does not take (%s)",
                    parameters.keySet());
            return Optional.empty();
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1
                ? PgConnectOptions.DEFAULT_DATABASE
                : uri.getPath().substring(1);
        PgConnectOptions options = new PgConnectOptions()
                .setHost(uri.getHost() == null ? PgConnectOptions.DEFAULT_HOST : uri.getHost())
                .setPort(uri.getPort() < 0 ? PgConnectOptions.DEFAULT_PORT : uri.getPort())
                .setDatabase(database);
        if (parameters.containsKey("sslmode")) {
            options.setSslMode(SslMode.of(parameters.get("sslmode")));
        }
        return Optional.of(options);
    }

    private static Map<String, String> parameters(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair.length > 1 ? pair[1] : "", (a, b) -> b));
    }

    /**
     * The server's errors with their SQLState; the client's own about its connection (refused, closed,
     * no connection free within the wait) as a connection failure. Anything else (a mapper's bug) stays
     * what it is.
     */
    static Throwable inJdbcTerms(Throwable failure) {
        if (failure instanceof PgException pg) {
            return new SQLException(pg.getErrorMessage(), pg.getSqlState(), failure);
        }
        if (failure instanceof IOException
                || failure instanceof VertxException
                || failure instanceof TimeoutException) {
            return new SQLTransientConnectionException(
                    "PostgreSQL cannot be reached by the non-blocking client: " + failure.getMessage(),
                    "08000",
                    failure);
        }
        return failure;
    }

    void closeAtStop(@Observes ShutdownEvent stop) {
        close();
    }

    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
