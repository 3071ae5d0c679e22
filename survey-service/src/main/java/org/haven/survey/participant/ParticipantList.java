package org.haven.survey.participant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A study's participants, a page at a time, oldest enrollment first, from the participant and submission tables:
 * id, status, the waves submitted and the day of enrollment (UTC). Nothing personal (no e-mail, no reference).
 */
@Component
public class ParticipantList {

    public record ParticipantRow(String participantId, ParticipantStatus status, List<Integer> wavesSubmitted,
                                 LocalDate enrolledOn) {
    }

    public record Page(int page, int size, long total, List<ParticipantRow> participants) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    public ParticipantList(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code status} null: every status. */
    public Page page(String studyId, ParticipantStatus status, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource("study", studyId)
                .addValue("status", status == null ? null : status.name())
                .addValue("limit", size).addValue("offset", (long) page * size);
        String where = " FROM participant WHERE study_id = :study"
                + (status == null ? "" : " AND status = :status");
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, params, Long.class);
        Map<String, ParticipantRow> rows = new LinkedHashMap<>();
        jdbc.query("SELECT participant_id, status, enrolled_at" + where
                        + " ORDER BY enrolled_at, participant_id LIMIT :limit OFFSET :offset", params,
                row -> {
                    String id = row.getString("participant_id");
                    rows.put(id, new ParticipantRow(id, ParticipantStatus.valueOf(row.getString("status")),
                            new ArrayList<>(), row.getTimestamp("enrolled_at").toInstant().atZone(ZoneOffset.UTC)
                            .toLocalDate()));
                });
        if (!rows.isEmpty()) {
            jdbc.query("SELECT participant_id, wave FROM submission WHERE participant_id IN (:ids) ORDER BY wave",
                    new MapSqlParameterSource("ids", rows.keySet()),
                    row -> {
                        rows.get(row.getString("participant_id")).wavesSubmitted().add(row.getInt("wave"));
                    });
        }
        return new Page(page, size, total == null ? 0 : total, List.copyOf(rows.values()));
    }
}
