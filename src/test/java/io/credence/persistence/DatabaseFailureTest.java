package io.credence.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Losing the database is 503 (retry later); a refused constraint never is. */
class DatabaseFailureTest {

    @Test
    void connectionFailuresAreUnavailableWhereverTheyAreWrapped() {
        assertEquals(
                DatabaseFailure.UNAVAILABLE,
                DatabaseFailure.of(new RuntimeException(
                        new JDBCConnectionException("refused", new SQLException("refused", "08001")))));
        assertEquals(
                DatabaseFailure.UNAVAILABLE,
                DatabaseFailure.of(new IllegalStateException(
                        new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"))));
        assertEquals(DatabaseFailure.UNAVAILABLE, DatabaseFailure.of(new SQLException("I/O error", "08006")));
        assertEquals(
                DatabaseFailure.UNAVAILABLE,
                DatabaseFailure.of(new RuntimeException(
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
    }

    /**
     * The connection lost during the commit (the fault test's PostgreSQL stopped at that moment):
     * Narayana reports a RollbackException whose reason is a suppressed XAException, not a cause.
     */
    @Test
    void aConnectionLostDuringTheCommitIsUnavailable() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        commit.addSuppressed(xa);
        assertEquals(
                DatabaseFailure.UNAVAILABLE,
                DatabaseFailure.of(new RuntimeException("Error invoking subclass method", commit)));
        RollbackException other = new RollbackException("marked rollback only");
        other.addSuppressed(new IllegalStateException("not the database"));
        assertEquals(DatabaseFailure.NONE, DatabaseFailure.of(other));
    }

    @Test
    void aConstraintFailureCausedByAClosedSessionIsAnIntegrityFailureNotAnOutage() {
        // What H2 2.4.240 threw: the check constraint (23514) failed because the session it kept was closed (90098).
        SQLException closed = new SQLNonTransientConnectionException("The database has been closed", "90098");
        SQLException check = new SQLIntegrityConstraintViolationException(
                "Check constraint invalid: \"evidence_stance_check: \"", "23514", closed);
        assertEquals(
                DatabaseFailure.INTEGRITY,
                DatabaseFailure.of(new RuntimeException(new ConstraintViolationException(
                        "could not execute statement", check, "evidence_stance_check"))));
    }

    @Test
    void aUniqueKeyMetByAConcurrentWriteIsADuplicate() {
        assertEquals(DatabaseFailure.DUPLICATE, DatabaseFailure.of(new SQLException("duplicate key", "23505")));
        assertEquals(DatabaseFailure.INTEGRITY, DatabaseFailure.of(new SQLException("foreign key", "23503")));
    }

    @Test
    void otherFailuresAreNotDatabaseFailures() {
        assertEquals(DatabaseFailure.NONE, DatabaseFailure.of(new NullPointerException()));
        assertEquals(DatabaseFailure.NONE, DatabaseFailure.of(new SQLException("syntax", "42601")));
    }
}
