package org.haven.survey.database;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Axon's Spring transaction manager with one addition: a transaction that its unit of work neither committed nor
 * rolled back is rolled back when the unit of work cleans up. Axon rolls back only on an Exception while
 * committing; an Error there (the PostgreSQL driver's assert when a connection drops in a batch insert, run
 * with -ea; an OutOfMemoryError) left the transaction and its pooled connection bound to the request thread,
 * and every later request on that thread failed on the dead connection.
 */
public class CompletingTransactionManager implements TransactionManager {

    private static final Logger log = LoggerFactory.getLogger(CompletingTransactionManager.class);

    private final PlatformTransactionManager transactions;
    private final DefaultTransactionDefinition definition = new DefaultTransactionDefinition();

    public CompletingTransactionManager(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public Transaction startTransaction() {
        TransactionStatus status = transactions.getTransaction(definition);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onCleanup(u -> rollbackIfOpen(status)));
        return new Transaction() {
            @Override
            public void commit() {
                if (open(status)) {
                    transactions.commit(status);
                }
            }

            @Override
            public void rollback() {
                if (open(status)) {
                    transactions.rollback(status);
                }
            }
        };
    }

    private void rollbackIfOpen(TransactionStatus status) {
        if (open(status)) {
            log.warn("Rolling back a transaction its unit of work left open (an Error while committing)");
            try {
                transactions.rollback(status);
            } catch (RuntimeException e) {
                // the connection is most likely gone; the rollback has unbound it from the thread all the same
                log.debug("rollback of the abandoned transaction failed", e);
            }
        }
    }

    private static boolean open(TransactionStatus status) {
        return status.isNewTransaction() && !status.isCompleted();
    }
}
