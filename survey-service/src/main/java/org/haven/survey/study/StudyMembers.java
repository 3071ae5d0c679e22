package org.haven.survey.study;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads who has access to a study from the membership read model: the owner first, then collaborators by name. */
@Component
public class StudyMembers {

    public record Member(String researcher, String membership) {
    }

    private final JdbcTemplate jdbc;

    public StudyMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Member> of(String studyId) {
        return jdbc.query("SELECT researcher, membership FROM study_member WHERE study_id = ?"
                        + " ORDER BY CASE membership WHEN 'OWNER' THEN 0 ELSE 1 END, researcher",
                (row, n) -> new Member(row.getString(1), row.getString(2)), studyId);
    }
}
