package org.haven.survey.console;

import org.haven.survey.access.ActiveAccount;
import org.haven.survey.access.StudyAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;
import java.util.List;

/** The console's start page: the studies the researcher reaches (own and shared; an ADMIN: all). */
@Controller
class StudiesPageController {

    record StudyRow(String studyId, String title, String owner, Instant createdAt) {
    }

    private final StudyAccess access;
    private final JdbcTemplate jdbc;

    StudiesPageController(StudyAccess access, JdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @GetMapping("/console")
    String studies(Authentication caller, Model model) {
        List<String> visible = access.visibleStudyIds(caller);
        // the access rule stays StudyAccess's; this only reads the titles of what it allows
        List<StudyRow> studies = visible.isEmpty() ? List.of() : jdbc.query(
                "SELECT study_id, title, owner, created_at FROM study WHERE study_id IN ("
                        + String.join(",", java.util.Collections.nCopies(visible.size(), "?"))
                        + ") ORDER BY created_at, study_id",
                (row, n) -> new StudyRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()), visible.toArray());
        model.addAttribute("studies", studies);
        model.addAttribute("allStudies", caller.getPrincipal() instanceof ActiveAccount account && account.admin());
        return "console/studies";
    }
}
