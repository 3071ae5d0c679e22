package org.haven.survey.pages;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A study's page settings as last configured, or the service's defaults when it has none. */
@Component
public class StudyPageSettings {

    private final JdbcTemplate jdbc;
    private final PageDefaults defaults;

    public StudyPageSettings(JdbcTemplate jdbc, PageDefaults defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    public PageSettings defaults() {
        return defaults.settings();
    }

    public PageSettings of(String studyId) {
        return jdbc.query("SELECT page_title, exit_url, idle_minutes, study_contact, support_line"
                        + " FROM participant_pages WHERE study_id = ?",
                (row, n) -> new PageSettings(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                        row.getString(5)), studyId)
                .stream().findFirst().orElseGet(defaults::settings);
    }
}
