package io.credence.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Losing the database is reported as 503 (retry later), not as a 500 bug. */
class DatabaseUnavailableTest {

    @Test
    void recognisesConnectionFailuresWhereverTheyAreWrapped() {
        assertTrue(ProblemMappers.isDatabaseUnavailable(
                new RuntimeException(new JDBCConnectionException("refused", new SQLException("refused", "08001")))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new IllegalStateException(
                new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new SQLException("I/O error", "08006")));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new NullPointerException()));
    }
}
