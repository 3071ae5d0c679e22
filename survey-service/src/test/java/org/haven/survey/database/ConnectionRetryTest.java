package org.haven.survey.database;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionRetryTest {

    private final ConnectionRetry retry = new ConnectionRetry(new DriverManagerDataSource("jdbc:h2:mem:unused"));

    @Test
    void recognises_a_broken_connection_under_spring_and_axon_wrappers() {
        assertThat(BrokenConnection.causes(new EventStoreException("Failed to read events",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(BrokenConnection.causes(new DataAccessResourceFailureException("PreparedStatementCallback",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(BrokenConnection.causes(new IllegalStateException("JDBC commit failed",
                new BatchUpdateException("Batch entry 0 was aborted", "57P01", new int[0])))).isTrue();
        assertThat(BrokenConnection.causes(new RuntimeException(new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void does_not_take_other_database_failures_for_a_broken_connection() {
        assertThat(BrokenConnection.causes(new DuplicateKeyException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(BrokenConnection.causes(new IllegalArgumentException("wave 9 does not exist"))).isFalse();
        assertThat(BrokenConnection.causes(new RuntimeException(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms", "08001",
                new SQLException("Connection refused", "08001"))))).as("the pool already waited").isFalse();
    }

    @Test
    void runs_the_work_once_more_when_its_connection_broke() {
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.once(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw brokenConnection();
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void tries_only_once_more_and_never_after_another_failure() {
        AtomicInteger attempts = new AtomicInteger();
        Supplier<String> alwaysBroken = () -> {
            attempts.incrementAndGet();
            throw brokenConnection();
        };
        assertThatThrownBy(() -> retry.once(alwaysBroken)).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(attempts).hasValue(2);

        attempts.set(0);
        assertThatThrownBy(() -> retry.once(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("wave 2 was already submitted");
        })).hasMessage("wave 2 was already submitted");
        assertThat(attempts).hasValue(1);
    }

    private static RuntimeException brokenConnection() {
        return new DataAccessResourceFailureException("PreparedStatementCallback",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    }
}
