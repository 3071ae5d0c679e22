package org.haven.survey.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.events.json.EventJson;
import org.haven.events.study.ContactSchedule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A study's contact settings as the read model holds them (kept from StudyTimeZoneSet and ContactScheduleSet in
 * the events' transaction, so every instance sharing the database reads the latest).
 */
@Component
public class ContactSettings {

    /** The zone of a study that never set one. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    private static final ObjectMapper JSON = EventJson.newMapper();

    private final JdbcTemplate jdbc;

    public ContactSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The schedule in force; empty when the study has none (it mails nobody) or does not exist. */
    public Optional<ContactSchedule> scheduleOf(String studyId) {
        return jdbc.queryForList("SELECT contact_schedule_json FROM study WHERE study_id = ?", String.class, studyId)
                .stream().filter(Objects::nonNull).findFirst().map(ContactSettings::read);
    }

    /** The study's time zone, UTC when it never set one. */
    public ZoneId zoneOf(String studyId) {
        return setZone(studyId).orElse(DEFAULT_ZONE);
    }

    boolean isDefaultZone(String studyId) {
        return setZone(studyId).isEmpty();
    }

    private Optional<ZoneId> setZone(String studyId) {
        return jdbc.queryForList("SELECT time_zone FROM study WHERE study_id = ?", String.class, studyId)
                .stream().filter(Objects::nonNull).findFirst().map(ZoneId::of);
    }

    /** Every study with a contact schedule, in a stable order. */
    public List<String> studiesWithSchedule() {
        return jdbc.queryForList("SELECT study_id FROM study WHERE contact_schedule_json IS NOT NULL ORDER BY study_id",
                String.class);
    }

    private static ContactSchedule read(String json) {
        try {
            return JSON.readValue(json, ContactSchedule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable contact schedule in the read model", e);
        }
    }
}
