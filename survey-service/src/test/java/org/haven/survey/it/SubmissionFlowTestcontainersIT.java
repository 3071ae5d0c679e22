package org.haven.survey.it;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same flows against a throw-away PostgreSQL container, for machines with a Docker engine. Without one
 * this class is skipped; {@link SubmissionFlowIT} runs the flows on the local PostgreSQL instead.
 */
@Testcontainers(disabledWithoutDocker = true)
class SubmissionFlowTestcontainersIT extends SubmissionFlows {

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:15-alpine");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", POSTGRES::getJdbcUrl);
        registry.add("spring.datasource.username", POSTGRES::getUsername);
        registry.add("spring.datasource.password", POSTGRES::getPassword);
        researcherAccount(registry);
    }
}
