package org.haven.survey.database;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Axon's unit of work over a real (H2) transaction, as a command runs: commit, rollback, and an Error in between. */
class CompletingTransactionManagerTest {

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private TransactionManager transactions;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE answer (id INT PRIMARY KEY)");
        transactions = new CompletingTransactionManager(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void nothingLeftOnTheThread() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clear();
        }
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            TransactionSynchronizationManager.unbindResource(dataSource);
        }
    }

    @Test
    void an_error_while_committing_rolls_back_and_leaves_no_transaction_on_the_thread() {
        UnitOfWork<?> unitOfWork = startWithTransaction();
        jdbc.update("INSERT INTO answer (id) VALUES (1)");
        unitOfWork.onPrepareCommit(u -> {
            throw new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        });

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(AssertionError.class);

        assertThat(TransactionSynchronizationManager.hasResource(dataSource))
                .as("a connection still bound to the thread").isFalse();
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM answer", Integer.class)).isZero();
    }

    @Test
    void commits_and_rolls_back_as_axon_does() {
        UnitOfWork<?> committing = startWithTransaction();
        jdbc.update("INSERT INTO answer (id) VALUES (1)");
        committing.commit();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM answer", Integer.class)).isOne();

        UnitOfWork<?> failing = startWithTransaction();
        jdbc.update("INSERT INTO answer (id) VALUES (2)");
        failing.rollback(new IllegalStateException("rejected"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM answer", Integer.class)).isOne();
        assertThat(TransactionSynchronizationManager.hasResource(dataSource)).isFalse();
    }

    private UnitOfWork<?> startWithTransaction() {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("submitted"));
        unitOfWork.attachTransaction(transactions);
        return unitOfWork;
    }
}
