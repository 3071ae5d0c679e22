package org.haven.survey.contact;

import org.haven.events.json.EventJson;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ContactSettingsTest {

    private final ContactTables tables = new ContactTables();
    private final ContactSettings settings = new ContactSettings(tables.jdbc);

    @Test
    void reads_the_schedule_the_projection_stored_and_lists_only_studies_that_have_one() throws Exception {
        var schedule = DefaultSchedule.get();
        tables.study("b-with", "Europe/Berlin", EventJson.newMapper().writeValueAsString(schedule));
        tables.study("a-without", null, null);
        tables.study("c-with", null, EventJson.newMapper().writeValueAsString(schedule));

        assertThat(settings.scheduleOf("b-with")).contains(schedule);
        assertThat(settings.scheduleOf("a-without")).isEmpty();
        assertThat(settings.scheduleOf("unknown")).isEmpty();
        assertThat(settings.studiesWithSchedule()).containsExactly("b-with", "c-with");
    }

    @Test
    void a_study_without_a_time_zone_is_in_utc() {
        tables.study("berlin", "Europe/Berlin", null);
        tables.study("plain", null, null);

        assertThat(settings.zoneOf("berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.zoneOf("plain")).isEqualTo(ZoneId.of("UTC"));
    }
}
