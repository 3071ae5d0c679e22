package org.haven.survey.pages;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.haven.events.study.ParticipantPagesConfigured;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps a study's latest page settings (subscribing read-model group: in the event's transaction). */
@Component
@ProcessingGroup("read-models")
public class ParticipantPagesProjection {

    private final JdbcTemplate jdbc;

    public ParticipantPagesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ParticipantPagesConfigured event) {
        jdbc.update("DELETE FROM participant_pages WHERE study_id = ?", event.studyId());
        jdbc.update("INSERT INTO participant_pages (study_id, page_title, exit_url, idle_minutes, study_contact,"
                        + " support_line) VALUES (?, ?, ?, ?, ?, ?)", event.studyId(), event.pageTitle(),
                event.exitUrl(), event.idleMinutes(), event.studyContact(), event.supportLine());
    }
}
