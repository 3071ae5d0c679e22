package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server-side failure tells the caller nothing about it: with a table of the service's database gone (renamed
 * for the test, then restored), a researcher request (failing in a controller) and a participant request (failing
 * in the token filter, before Spring MVC) both answer a generic 500 problem detail with a correlation id, and the
 * log line that carries that id also carries the exception.
 */
// a context of its own: closed afterwards, so its connection pool does not linger beside the other classes'
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorIT extends ServiceTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Test
    void a_database_failure_behind_a_researcher_request_answers_a_generic_problem_whose_id_is_logged(CapturedOutput log) {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");

        ApiClient.Response response = withTableRenamed("study_member",
                () -> api.get("/api/studies/" + studyId + "/progress", researcher()));

        genericWithLoggedId(response, log, "study_member");
    }

    @Test
    void a_database_failure_in_the_participant_token_filter_answers_the_same_way(CapturedOutput log) {
        String token = enroll(createStudy(false, "[{\"type\":\"always\"}]")).token();

        ApiClient.Response response = withTableRenamed("participant_token",
                () -> api.get("/api/participant/questionnaire", ApiClient.bearer(token)));

        genericWithLoggedId(response, log, "participant_token");
    }

    private static void genericWithLoggedId(ApiClient.Response response, CapturedOutput log, String table) {
        assertThat(response.status()).as(response.body()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        List<String> fields = new ArrayList<>();
        problem.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as(response.body()).containsOnly("type", "title", "status", "detail", "instance",
                "correlationId");
        assertThat(response.body()).doesNotContainIgnoringCase(table).doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("exception");
        String correlationId = problem.get("correlationId").asText();
        assertThat(correlationId).isNotBlank();
        assertThat(problem.get("detail").asText()).contains(correlationId);

        String output = log.getAll();
        int logged = output.indexOf("correlation id " + correlationId);
        assertThat(logged).as("the correlation id in the log").isNotNegative();
        String entry = output.substring(logged, Math.min(output.length(), logged + 20_000));
        assertThat(entry).as("the exception logged with the id").contains(table);
    }

    private <T> T withTableRenamed(String table, Supplier<T> request) {
        sql("ALTER TABLE " + table + " RENAME TO " + table + "_away");
        try {
            return request.get();
        } finally {
            sql("ALTER TABLE " + table + "_away RENAME TO " + table);
        }
    }

    private void sql(String statement) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
