package org.haven.survey.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises a failure caused by a database connection that broke under the request, as when PostgreSQL
 * restarts: the work itself was fine and may succeed on a new connection. HikariCP discards such a connection
 * by itself (SQLState class 08 and 57P01-57P03) instead of handing it out again.
 */
public final class BrokenConnection {

    /** 57P01 admin shutdown / terminated backend, 57P02 crash shutdown, 57P03 cannot connect now. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");
    private static final int MAX_DEPTH = 32;

    private BrokenConnection() {
    }

    /** Whether the cause chain (Spring's and Axon's wrappers included) holds a broken-connection SQLException. */
    public static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return false; // the pool already waited its whole connection timeout for the database: do not wait twice
            }
            if (cause instanceof SQLException sql && broken(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean broken(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || SHUTDOWN_STATES.contains(state);
        }
        // HikariCP's stand-in for a connection it has already closed carries no SQLState
        return "Connection is closed".equals(e.getMessage());
    }
}
