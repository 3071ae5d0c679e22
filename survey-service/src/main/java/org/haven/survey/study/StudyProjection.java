package org.haven.survey.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.haven.events.json.EventJson;
import org.haven.events.study.CollaboratorAdded;
import org.haven.events.study.ContactScheduleSet;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.StudyTimeZoneSet;
import org.haven.events.study.WaveScheduled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keeps the study tables in step with the Study events. It runs in the "read-models" group, which is
 * subscribing: the rows change in the same transaction as the events are stored.
 */
@Component
@ProcessingGroup("read-models")
public class StudyProjection {

    static final ObjectMapper JSON = EventJson.newMapper();

    private final JdbcTemplate jdbc;

    public StudyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(StudyCreated event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("INSERT INTO study (study_id, title, owner, imports_may_enroll, created_at) VALUES (?, ?, ?, ?, ?)",
                event.studyId(), event.title(), event.actor().name(), event.importsMayEnroll(), Timestamp.from(at));
        addMember(event.studyId(), event.actor().name(), "OWNER");
    }

    @EventHandler
    void on(CollaboratorAdded event) {
        addMember(event.studyId(), event.collaborator(), "COLLABORATOR");
    }

    @EventHandler
    void on(WaveScheduled event, @SequenceNumber long sequence) {
        jdbc.update("INSERT INTO study_wave (study_id, wave, window_json) VALUES (?, ?, ?)",
                event.studyId(), event.wave(), json(event.window()));
        definitionChanged(event.studyId(), sequence);
    }

    @EventHandler
    void on(InstrumentVersionPublished event, @SequenceNumber long sequence) {
        jdbc.update("INSERT INTO study_instrument (study_id, instrument_id, instrument_version, published_seq,"
                        + " instrument_json) VALUES (?, ?, ?, ?, ?)",
                event.studyId(), event.instrument().id(), event.instrument().version(), sequence,
                json(event.instrument()));
        definitionChanged(event.studyId(), sequence);
    }

    @EventHandler
    void on(StudyTimeZoneSet event) {
        jdbc.update("UPDATE study SET time_zone = ? WHERE study_id = ?", event.timeZone().getId(), event.studyId());
    }

    @EventHandler
    void on(ContactScheduleSet event) {
        jdbc.update("UPDATE study SET contact_schedule_json = ? WHERE study_id = ?", json(event.schedule()),
                event.studyId());
    }

    /**
     * Every handler that changes what {@link StudyDefinition} holds must call this: {@link JdbcStudyCatalog}
     * serves its cached definition only while the study row still carries the sequence it was read at.
     */
    private void definitionChanged(String studyId, long sequence) {
        jdbc.update("UPDATE study SET definition_seq = ? WHERE study_id = ?", sequence, studyId);
    }

    private void addMember(String studyId, String researcher, String membership) {
        jdbc.update("INSERT INTO study_member (study_id, researcher, membership) VALUES (?, ?, ?)",
                studyId, researcher, membership);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
