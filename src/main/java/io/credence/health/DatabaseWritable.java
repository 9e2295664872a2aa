package io.credence.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness that writes: one row into {@code write_probe}, through a pooled connection, rolled back.
 *
 * <p>The datasource's own check only reads ({@code SELECT 1}), so it said UP while every write
 * failed (H2 constraints broken by a closed session; the same holds for a PostgreSQL
 * that has become a read-only replica, or is out of disk). A load balancer should stop sending
 * writes to such an instance, so readiness goes DOWN when a write cannot succeed.
 */
@Readiness
@ApplicationScoped
public class DatabaseWritable implements HealthCheck {

    static final String NAME = "Database accepts writes";
    private static final Logger LOG = Logger.getLogger(DatabaseWritable.class);

    private final DataSource dataSource;

    DatabaseWritable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(5);
                // A random id, so that probes running at once never wait on each other's key.
                statement.executeUpdate("INSERT INTO write_probe (id, state) VALUES ("
                        + ThreadLocalRandom.current().nextInt() + ", 'PROBE')");
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return HealthCheckResponse.up(NAME);
        } catch (SQLException e) {
            // The message stays in the log: health answers without an API key.
            LOG.warnf("Readiness: the database refuses a write (SQLState %s): %s", e.getSQLState(), e.getMessage());
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("sqlState", String.valueOf(e.getSQLState()))
                    .build();
        }
    }
}
