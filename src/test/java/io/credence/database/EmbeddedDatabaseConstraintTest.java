package io.credence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps accepting writes after the connection that ran the migrations is
 * closed, as the pool does with an idle connection. H2 2.4.240 kept a reference to the
 * creating session in the constant set of every {@code CHECK (… IN (…))} constraint; once that
 * session closed, every write meeting such a constraint failed with "Check constraint invalid"
 * caused by "The database has been closed" (h2database issues 4291, 4302, 4308, 4313). A restart
 * hid it, so this test reproduces a first run: one database, migrated on a connection that then
 * closes while the database stays open.
 *
 * <p>It runs in both suites: the H2 jar is on the classpath of the PostgreSQL build too.
 */
class EmbeddedDatabaseConstraintTest {

    private Path folder;
    private String url;
    private Connection keeper;

    @BeforeEach
    void migrateOnAConnectionThatThenCloses() throws Exception {
        folder = Files.createTempDirectory("credence-h2-");
        url = "jdbc:h2:file:" + folder.resolve("credence")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        // Another pooled connection keeps the database open, as in the running service.
        keeper = DriverManager.getConnection(url, "sa", "");
        // Flyway opens connections of its own and closes them when it is done: the creating sessions.
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
    }

    @AfterEach
    void closeAndRemove() throws Exception {
        keeper.close();
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void everyTableWithACheckConstraintAcceptsAValidRowAfterTheMigratingConnectionClosed() throws SQLException {
        UUID source = UUID.randomUUID();
        UUID claim = UUID.randomUUID();
        UUID webhook = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO source (id, name, kind, reliability, rated_at, version, created_at, updated_at)"
                            + " VALUES ('" + source + "', 'Wire', 'AGENCY', 'B', now(), 0, now(), now())");
            s.executeUpdate("INSERT INTO source_rating (id, source_id, reliability, rated_at)" + " VALUES ('"
                    + UUID.randomUUID() + "', '" + source + "', 'C', now())");
            s.executeUpdate("INSERT INTO claim (id, text, status, version, created_at, updated_at)" + " VALUES ('"
                    + claim + "', 'A claim', 'UNVERIFIED', 0, now(), now())");
            s.executeUpdate("INSERT INTO evidence (id, claim_id, source_id, origin_id, stance, credibility, created_at)"
                    + " VALUES ('" + UUID.randomUUID() + "', '" + claim + "', '" + source + "', '" + source
                    + "', 'SUPPORTS', 2, now())");
            s.executeUpdate("INSERT INTO api_key (id, owner, role, key_hash, prefix, created_at, created_by)"
                    + " VALUES ('" + UUID.randomUUID() + "', 'Desk', 'EDITOR', '" + "0".repeat(64)
                    + "', 'ck_', now(), 'test')");
            s.executeUpdate("INSERT INTO verdict (id, claim_id, rating, label, rationale, published_by, published_at)"
                    + " VALUES ('" + UUID.randomUUID() + "', '" + claim
                    + "', 2, 'Mostly false', 'Records', 'Desk', now())");
            s.executeUpdate("INSERT INTO webhook (id, url, events, secret, created_at, created_by)" + " VALUES ('"
                    + webhook + "', 'https://cms.example/hook', 'claim.registered', 's', now(), 'test')");
            s.executeUpdate(
                    "INSERT INTO webhook_delivery (id, webhook_id, event, payload, status, attempts, next_attempt_at, created_at)"
                            + " VALUES ('" + UUID.randomUUID() + "', '" + webhook
                            + "', 'claim.registered', '{}', 'PENDING', 0, now(), now())");
            try (var rows = s.executeQuery("SELECT count(*) FROM evidence")) {
                rows.next();
                assertEquals(1, rows.getInt(1));
            }
        }
    }

    @Test
    void theConstraintsStillRefuseInvalidValues() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "INSERT INTO source (id, name, kind, reliability, rated_at, version, created_at, updated_at)"
                                    + " VALUES ('" + UUID.randomUUID()
                                    + "', 'Wire', 'AGENCY', 'Z', now(), 0, now(), now())"));
            assertEquals("23513", refused.getSQLState(), refused.getMessage());
        }
    }
}
