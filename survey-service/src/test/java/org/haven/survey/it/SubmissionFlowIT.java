package org.haven.survey.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The submission flows on the local PostgreSQL (H2 stands in, with a note, where there is none; never in CI). */
class SubmissionFlowIT extends SubmissionFlows {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Test
    void the_event_store_keeps_payloads_as_bytea_in_postgresql() throws SQLException {
        // Without PostgreSQL this one check has nothing to look at (in CI the context refuses to start instead).
        Assumptions.assumeTrue(TestDatabase.postgresAvailable(), TestDatabase.INSTALL_HINT);
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.createStatement().executeQuery("SELECT column_name, data_type"
                     + " FROM information_schema.columns WHERE table_name = 'domainevententry'"
                     + " AND column_name IN ('payload', 'metadata') ORDER BY column_name")) {
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString(2)).isEqualTo("bytea");
            assertThat(columns.next()).isTrue();
            assertThat(columns.getString(2)).isEqualTo("bytea");
        }
    }
}
