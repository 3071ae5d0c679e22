package org.haven.survey.access;

import org.haven.survey.problem.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The one place that decides which studies a researcher reaches: those they own or collaborate on (the
 * {@code study_member} table), every study for an ADMIN. A study outside a researcher's reach is answered
 * exactly like one that does not exist, so its id is never confirmed.
 */
@Component
public class StudyAccess {

    private final JdbcTemplate jdbc;

    public StudyAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws the "does not exist" answer unless the caller may see and change the study. */
    public void require(String studyId, Authentication caller) {
        if (!mayAccess(studyId, caller)) {
            throw new NotFoundException("study " + studyId + " does not exist");
        }
    }

    public boolean mayAccess(String studyId, Authentication caller) {
        if (caller == null || studyId == null) {
            return false;
        }
        List<Integer> found = isAdmin(caller)
                ? jdbc.queryForList("SELECT 1 FROM study WHERE study_id = ?", Integer.class, studyId)
                : jdbc.queryForList("SELECT 1 FROM study_member WHERE study_id = ? AND researcher = ?",
                        Integer.class, studyId, caller.getName());
        return !found.isEmpty();
    }

    /** The studies the caller reaches, oldest first. */
    public List<String> visibleStudyIds(Authentication caller) {
        if (isAdmin(caller)) {
            return jdbc.queryForList("SELECT study_id FROM study ORDER BY created_at, study_id", String.class);
        }
        return jdbc.queryForList("SELECT s.study_id FROM study s JOIN study_member m ON m.study_id = s.study_id"
                + " WHERE m.researcher = ? ORDER BY s.created_at, s.study_id", String.class, caller.getName());
    }

    public static boolean isAdmin(Authentication caller) {
        return ResearcherRole.ADMIN.heldBy(caller);
    }
}
