package org.haven.survey.it;

import org.haven.events.study.ContactScheduleSet;
import org.haven.events.study.StudyTimeZoneSet;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A study's time zone and contact schedule through the real HTTP stack, checked against the event store. */
class ContactSettingsIT extends ServiceTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Test
    void a_study_is_in_utc_until_its_time_zone_is_set_and_an_unknown_zone_is_refused() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String path = "/api/studies/" + studyId + "/time-zone";

        assertThat(api.get(path, researcher()).json().get("timeZone").asText()).isEqualTo("UTC");
        assertThat(api.get(path, researcher()).json().get("defaulted").asBoolean()).isTrue();

        var set = api.putJson(path, researcher(), "{\"timeZone\":\"Europe/Berlin\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(api.get(path, researcher()).json().get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(api.get(path, researcher()).json().get("defaulted").asBoolean()).isFalse();
        assertThat(storedEvents(studyId)).filteredOn(e -> e.payloadType().equals(StudyTimeZoneSet.class.getName()))
                .hasSize(1);

        for (String bad : new String[] {"Mars/Olympus_Mons", "+02:00", ""}) {
            var refusal = refused(400, () -> api.putJson(path, researcher(), "{\"timeZone\":\"" + bad + "\"}"));
            assertThat(problemFields(refusal.json())).contains("\"field\":\"timeZone\"");
        }
        assertThat(api.get(path, researcher()).json().get("timeZone").asText()).isEqualTo("Europe/Berlin");
    }

    @Test
    void an_empty_schedule_sets_the_defaults_with_neutral_subjects() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String path = "/api/studies/" + studyId + "/contact-schedule";
        refused(404, () -> api.get(path, researcher()));

        var set = api.putJson(path, researcher(), "{}");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var schedule = api.get(path, researcher()).json();
        assertThat(schedule.get("reminderDays").toString()).isEqualTo("[3,7]");
        assertThat(schedule.get("quietFrom").asText()).isEqualTo("21:00");
        assertThat(schedule.get("quietUntil").asText()).isEqualTo("08:00");
        assertThat(schedule.get("lastReminderHoursBeforeClose").isNull()).isTrue();
        assertThat(schedule.at("/templates/invitation/subject").asText()).isEqualTo("Study link");
        assertThat(schedule.at("/templates/reminder/subject").asText()).isEqualTo("A reminder from your study");
        assertThat(schedule.at("/templates/last-reminder/subject").asText()).isEqualTo("A reminder from your study");
        assertThat(schedule.at("/templates/invitation/text").asText()).contains("{link}", "{stop_emails_link}");
    }

    @Test
    void a_custom_schedule_replaces_the_one_before_and_reads_back_as_sent() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String path = "/api/studies/" + studyId + "/contact-schedule";
        api.putJson(path, researcher(), "{}");

        var set = api.putJson(path, researcher(), """
                {"reminderDays":[2,5,9],"lastReminderHoursBeforeClose":36,"quietFrom":"22:30","quietUntil":"07:15",
                 "templates":{"reminder":{"subject":"Round {wave}","text":"Open {link} by {closes}. Stop: {stop_emails_link}",
                 "html":"<p><a href=\\"{link}\\">Open</a> <a href=\\"{stop_emails_link}\\">Stop</a></p>"}}}""");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        var schedule = api.get(path, researcher()).json();
        assertThat(schedule.get("reminderDays").toString()).isEqualTo("[2,5,9]");
        assertThat(schedule.get("lastReminderHoursBeforeClose").asInt()).isEqualTo(36);
        assertThat(schedule.get("quietFrom").asText()).isEqualTo("22:30");
        assertThat(schedule.get("quietUntil").asText()).isEqualTo("07:15");
        assertThat(schedule.at("/templates/reminder/subject").asText()).isEqualTo("Round {wave}");
        assertThat(schedule.at("/templates/reminder/html").asText()).startsWith("<p><a href=\"{link}\">");
        assertThat(schedule.at("/templates/invitation/subject").asText()).isEqualTo("Study link");
        assertThat(storedEvents(studyId)).filteredOn(e -> e.payloadType().equals(ContactScheduleSet.class.getName()))
                .hasSize(2);
    }

    @Test
    void a_bad_schedule_is_refused_naming_the_field_and_the_unknown_placeholder_and_nothing_is_stored() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        String path = "/api/studies/" + studyId + "/contact-schedule";

        var typo = refused(400, () -> api.putJson(path, researcher(),
                "{\"templates\":{\"reminder\":{\"subject\":\"Hi\",\"text\":\"{lnk} {link} {stop_emails_link}\"}}}"));
        assertThat(problemFields(typo.json())).contains("\"field\":\"templates.reminder.text\"", "{lnk}");

        expectField(path, "{\"templates\":{\"invitation\":{\"subject\":\"Your link {link}\","
                + "\"text\":\"{link} {stop_emails_link}\"}}}", "templates.invitation.subject");
        expectField(path, "{\"templates\":{\"invitation\":{\"subject\":\"Hi\",\"text\":\"{link}\"}}}",
                "templates.invitation.text");
        expectField(path, "{\"templates\":{\"invitation\":{\"subject\":\"Hi\",\"text\":\"{link} {stop_emails_link}\","
                + "\"html\":\"<p>{link}</p>\"}}}", "templates.invitation.html");
        expectField(path, "{\"templates\":{\"nudge\":{\"subject\":\"Hi\",\"text\":\"{link} {stop_emails_link}\"}}}",
                "templates.nudge");
        expectField(path, "{\"reminderDays\":[7,3]}", "reminderDays[1]");
        expectField(path, "{\"reminderDays\":[0]}", "reminderDays[0]");
        expectField(path, "{\"quietFrom\":\"9pm\"}", "quietFrom");
        expectField(path, "{\"lastReminderHoursBeforeClose\":0}", "lastReminderHoursBeforeClose");
        expectField(path, "{\"reminderDayz\":[3]}", "reminderDayz");
        refused(404, () -> api.get(path, researcher()));
    }

    private void expectField(String path, String json, String field) {
        var refusal = refused(400, () -> api.putJson(path, researcher(), json));
        assertThat(problemFields(refusal.json())).as(json).contains("\"field\":\"" + field + "\"");
    }
}
