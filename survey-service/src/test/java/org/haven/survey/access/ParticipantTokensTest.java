package org.haven.survey.access;

import org.flywaydb.core.Flyway;
import org.haven.survey.database.ConnectionRetry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The token look-up that also reads the participant's row (one query per participant request). */
class ParticipantTokensTest {

    private static final Instant ENROLLED = Instant.parse("2026-03-01T09:30:00Z");

    private JdbcTemplate jdbc;
    private ParticipantTokens tokens;

    @BeforeEach
    void database() {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/h2", "classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        tokens = new ParticipantTokens(jdbc, new ConnectionRetry(dataSource));
        jdbc.update("INSERT INTO study (study_id, title, owner, imports_may_enroll, created_at) VALUES (?, ?, ?, ?, ?)",
                "s-1", "A study", "r", false, Timestamp.from(ENROLLED));
    }

    @Test
    void a_valid_token_yields_its_participant_with_the_participant_row() {
        enroll("p-1", "WITHDRAWN");
        String token = tokens.issue("p-1", ENROLLED);

        assertThat(tokens.holderOf(token)).contains(new ParticipantPrincipal("p-1", "s-1", ENROLLED, "WITHDRAWN"));
    }

    @Test
    void a_revoked_made_up_or_oversized_token_yields_nobody() {
        enroll("p-1", "ACTIVE");
        String token = tokens.reissue("p-1", ENROLLED);
        String older = token;
        tokens.reissue("p-1", ENROLLED.plusSeconds(60));

        assertThat(tokens.holderOf(older)).isEmpty();
        assertThat(tokens.holderOf("made-up")).isEmpty();
        assertThat(tokens.holderOf("x".repeat(101))).isEmpty();
        assertThat(tokens.holderOf("")).isEmpty();
        assertThat(tokens.holderOf(null)).isEmpty();
    }

    @Test
    void a_token_whose_participant_row_is_missing_still_names_the_participant_but_not_as_enrolled() {
        String token = tokens.issue("p-without-row", ENROLLED);

        ParticipantPrincipal holder = tokens.holderOf(token).orElseThrow();

        assertThat(holder.participantId()).isEqualTo("p-without-row");
        assertThat(holder.enrolled()).isFalse();
    }

    private void enroll(String participantId, String status) {
        jdbc.update("INSERT INTO participant (participant_id, study_id, enrolled_at, status) VALUES (?, ?, ?, ?)",
                participantId, "s-1", Timestamp.from(ENROLLED), status);
    }
}
