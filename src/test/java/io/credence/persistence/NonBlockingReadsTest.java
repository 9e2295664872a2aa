package io.credence.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.pgclient.SslMode;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** How the JDBC URL becomes the non-blocking client's connection, and its failures JDBC's. */
class NonBlockingReadsTest {

    @Test
    void aPostgresqlUrlGivesItsHostPortAndDatabase() {
        PgConnectOptions options = NonBlockingReads.connectOptions("jdbc:postgresql://db.internal:6543/credence")
                .orElseThrow();

        assertEquals("db.internal", options.getHost());
        assertEquals(6543, options.getPort());
        assertEquals("credence", options.getDatabase());
    }

    @Test
    void theDefaultsAreTheDriversWhereTheUrlLeavesThemOut() {
        PgConnectOptions options =
                NonBlockingReads.connectOptions("jdbc:postgresql://localhost/").orElseThrow();

        assertEquals(5432, options.getPort());
        assertEquals(PgConnectOptions.DEFAULT_DATABASE, options.getDatabase());
    }

    @Test
    void sslmodeIsCarriedOver() {
        PgConnectOptions options = NonBlockingReads.connectOptions(
                        "jdbc:postgresql://127.0.0.1:5432/credence?sslmode=require")
                .orElseThrow();

        assertEquals(SslMode.REQUIRE, options.getSslMode());
    }

    @Test
    void aUrlWithAnOptionTheClientDoesNotTakeStaysOnJdbc() {
        assertTrue(NonBlockingReads.connectOptions("jdbc:postgresql://127.0.0.1/credence?prepareThreshold=0")
                .isEmpty());
        assertTrue(NonBlockingReads.connectOptions("jdbc:postgresql://127.0.0.1/credence?sslmode=require&ssl=true")
                .isEmpty());
    }

    @Test
    void theEmbeddedDatabaseHasNoNonBlockingClient() {
        assertTrue(NonBlockingReads.connectOptions("jdbc:h2:file:./data/credence;MODE=PostgreSQL")
                .isEmpty());
    }

    @Test
    void theServersErrorsKeepTheirSqlState() {
        Throwable failure = NonBlockingReads.inJdbcTerms(
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null));

        assertEquals("57P01", ((SQLException) failure).getSQLState());
        assertEquals(DatabaseFailure.UNAVAILABLE, DatabaseFailure.of(failure));
    }

    @Test
    void aConnectionRefusedClosedOrNotFreeInTimeIsTheDatabaseUnavailable() {
        assertEquals(
                DatabaseFailure.UNAVAILABLE,
                DatabaseFailure.of(NonBlockingReads.inJdbcTerms(new ConnectException("Connection refused"))));
        assertEquals(
                DatabaseFailure.UNAVAILABLE,
                DatabaseFailure.of(NonBlockingReads.inJdbcTerms(new VertxException("Connection is closed", true))));
        assertEquals(
                DatabaseFailure.UNAVAILABLE,
                DatabaseFailure.of(NonBlockingReads.inJdbcTerms(new TimeoutException("no connection in 5 s"))));
    }

    @Test
    void aBugIsNotCalledAnOutage() {
        IllegalArgumentException bug = new IllegalArgumentException("no such column");

        assertSame(bug, NonBlockingReads.inJdbcTerms(bug));
        assertEquals(DatabaseFailure.NONE, DatabaseFailure.of(bug));
    }
}
