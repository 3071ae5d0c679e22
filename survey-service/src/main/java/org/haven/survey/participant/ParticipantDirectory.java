package org.haven.survey.participant;

import org.haven.survey.access.ParticipantPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Reads what the participant tables know: a participant's study, status and submitted waves. */
@Component
public class ParticipantDirectory {

    public record ParticipantRow(String participantId, String studyId, Instant enrolledAt, ParticipantStatus status) {

        /** The row an authenticated participant carries (read with their token or page session). */
        public static ParticipantRow of(ParticipantPrincipal me) {
            return new ParticipantRow(me.participantId(), me.studyId(), me.enrolledAt(),
                    ParticipantStatus.valueOf(me.status()));
        }
    }

    private final JdbcTemplate jdbc;

    public ParticipantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ParticipantRow> find(String participantId) {
        List<ParticipantRow> rows = jdbc.query(
                "SELECT participant_id, study_id, enrolled_at, status FROM participant WHERE participant_id = ?",
                (row, n) -> new ParticipantRow(row.getString(1), row.getString(2),
                        row.getTimestamp(3).toInstant(), ParticipantStatus.valueOf(row.getString(4))),
                participantId);
        return rows.stream().findFirst();
    }

    /** The participant's contact e-mail as stored (encrypted JSON); empty when none was given or they are unknown. */
    public Optional<String> storedContactEmail(String participantId) {
        return jdbc.queryForList("SELECT contact_email FROM participant WHERE participant_id = ?", String.class,
                participantId).stream().filter(Objects::nonNull).findFirst();
    }

    /** Submitted waves of a participant, wave number to submission id. */
    public Map<Integer, String> submittedWaves(String participantId) {
        Map<Integer, String> waves = new TreeMap<>();
        jdbc.query("SELECT wave, submission_id FROM submission WHERE participant_id = ?",
                row -> {
                    waves.put(row.getInt(1), row.getString(2));
                }, participantId);
        return waves;
    }
}
