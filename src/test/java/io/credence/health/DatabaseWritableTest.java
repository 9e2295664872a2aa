package io.credence.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness says DOWN when the database answers reads but refuses writes. */
class DatabaseWritableTest {

    @Test
    void upWhenAProbeRowCanBeWrittenAndNothingIsLeftBehind() throws Exception {
        JdbcDataSource db = h2("jdbc:h2:mem:probe-up;DB_CLOSE_DELAY=-1");
        createProbeTable(db);

        HealthCheckResponse response = new DatabaseWritable(db).call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        try (Connection c = db.getConnection();
                var rows = c.createStatement().executeQuery("SELECT count(*) FROM write_probe")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "the probe rolls its row back");
        }
    }

    @Test
    void downWhenTheDatabaseIsReadOnly(@TempDir Path folder) throws Exception {
        String file = "jdbc:h2:file:" + folder.resolve("db");
        createProbeTable(h2(file));

        // The same database opened read-only: SELECT 1 still works, every write is refused.
        HealthCheckResponse response = new DatabaseWritable(h2(file + ";ACCESS_MODE_DATA=r")).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL(url);
        db.setUser("sa");
        return db;
    }

    private static void createProbeTable(JdbcDataSource db) throws Exception {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(new String(
                    DatabaseWritableTest.class
                            .getResourceAsStream("/db/migration/V10__write_probe.sql")
                            .readAllBytes(),
                    StandardCharsets.UTF_8));
        }
    }
}
