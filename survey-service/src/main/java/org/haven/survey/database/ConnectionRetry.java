package org.haven.survey.database;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs work once more when the database connection broke under it, as when PostgreSQL restarts. Only for work
 * that may safely run twice: a read, or a command that recognises its own repetition (a submission, by its
 * submission id). Never for an enrollment, which makes a new participant id on every attempt.
 */
@Component
public class ConnectionRetry {

    private static final Logger log = LoggerFactory.getLogger(ConnectionRetry.class);
    /** Gives the database a moment; while it is still away, the retry then waits in the pool for a new connection. */
    static final Duration PAUSE = Duration.ofMillis(200);

    private final DataSource dataSource;

    public ConnectionRetry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T once(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            if (!BrokenConnection.causes(failure)) {
                throw failure;
            }
            log.warn("The database connection broke ({}); trying once more on a new one", failure.getMessage());
            discardIdleConnections();
            pause();
            return work.get();
        }
    }

    /**
     * One broken connection means the others most likely broke with it (a restart ends them all), and the pool
     * would hand them out again until each failed once: drop the idle ones now, and the busy ones when returned.
     */
    private void discardIdleConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
        } catch (SQLException e) {
            log.debug("could not reach the connection pool", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before trying again", e);
        }
    }
}
