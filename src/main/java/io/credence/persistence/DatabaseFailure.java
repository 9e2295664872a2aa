package io.credence.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * What a failure from the database means for the client, read from the exception's causes.
 *
 * <p>The outermost decisive cause wins: a statement refused by an integrity constraint is an
 * integrity failure even when the constraint itself failed because a connection was gone
 * underneath it (H2 2.4.240 reported a closed session inside its CHECK constraints as SQLState
 * 23514 caused by 90098 "database closed"). Calling that "unavailable" told clients to
 * retry a write that could never succeed.
 */
public enum DatabaseFailure {
    /** Not a database failure. */
    NONE,
    /** The database cannot be reached (connection refused or lost, pool exhausted, server restarting): retry later. */
    UNAVAILABLE,
    /** A unique key met a concurrent write of the same thing: the client may fetch and retry. */
    DUPLICATE,
    /** Any other integrity constraint: the service should have refused the request first, so a bug. */
    INTEGRITY;

    /** Causes and suppressed exceptions followed at most this deep (a cycle among them ends here). */
    private static final int MAX_DEPTH = 64;

    public static DatabaseFailure of(Throwable e) {
        return of(e, 0);
    }

    /**
     * Along the causes, outermost first; at each, the exceptions suppressed there too: a commit
     * that failed because the connection went is a RollbackException whose reason Narayana adds as
     * a suppressed XAException, not as its cause (the fault test stopped PostgreSQL at that moment).
     */
    private static DatabaseFailure of(Throwable e, int depth) {
        for (Throwable c = e; c != null && depth < MAX_DEPTH; c = c.getCause(), depth++) {
            String state = c instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && state.startsWith("23")) {
                return "23505".equals(state) ? DUPLICATE : INTEGRITY;
            }
            if (isConnectionFailure(c, state)) {
                return UNAVAILABLE;
            }
            for (Throwable suppressed : c.getSuppressed()) {
                DatabaseFailure inside = of(suppressed, depth + 1);
                if (inside != NONE) {
                    return inside;
                }
            }
        }
        return NONE;
    }

    private static boolean isConnectionFailure(Throwable c, String state) {
        return c instanceof JDBCConnectionException
                || c instanceof SQLTransientConnectionException
                || c instanceof SQLNonTransientConnectionException
                // 08: connection exception; 57P: the server shutting down or starting up
                || (state != null && (state.startsWith("08") || state.startsWith("57P")));
    }
}
