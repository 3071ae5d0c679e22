package org.haven.survey.database;

import org.axonframework.common.transaction.TransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Axon's transactions, made safe against an Error while committing (replaces Axon's auto-configured one). */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new CompletingTransactionManager(transactions);
    }
}
