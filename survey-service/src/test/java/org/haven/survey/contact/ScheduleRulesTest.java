package org.haven.survey.contact;

import org.haven.events.ContactKind;
import org.haven.events.study.MailTemplate;
import org.haven.survey.problem.BadInputException;
import org.haven.survey.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScheduleRulesTest {

    @Test
    void the_shipped_defaults_pass_the_rules_researchers_must_pass() {
        assertThat(ScheduleRules.check(ScheduleRequest.of(DefaultSchedule.get()))).isEqualTo(DefaultSchedule.get());
        assertThat(ScheduleRules.check(new ScheduleRequest(null, null, null, null, null)))
                .isEqualTo(DefaultSchedule.get());
    }

    @Test
    void the_default_subjects_give_nothing_away() {
        assertThat(DefaultSchedule.TEMPLATES.values()).extracting(MailTemplate::subject)
                .containsOnly("Study link", "A reminder from your study");
    }

    @Test
    void a_template_given_for_one_kind_leaves_the_others_at_their_defaults() {
        var mine = new MailTemplate("Round {wave}", "{link} / {stop_emails_link}", null);

        var schedule = ScheduleRules.check(new ScheduleRequest(List.of(1), 12, "23:00", "06:30",
                Map.of("last-reminder", mine)));

        assertThat(schedule.templates()).containsEntry(ContactKind.LAST_REMINDER, mine)
                .containsEntry(ContactKind.INVITATION, DefaultSchedule.TEMPLATES.get(ContactKind.INVITATION));
        assertThat(schedule.quietFrom()).isEqualTo(LocalTime.of(23, 0));
        assertThat(schedule.lastReminderHoursBeforeClose()).isEqualTo(12);
    }

    @Test
    void names_every_problem_at_once() {
        var refusal = catchThrowableOfType(BadInputException.class, () -> ScheduleRules.check(new ScheduleRequest(
                List.of(3, 3), null, "25:00", null, Map.of("reminder",
                new MailTemplate("Hi\r\nBcc: x@example.org", "{link} {stop_emails_link} {when}", null)))));

        assertThat(refusal.violations()).extracting(Violation::field).containsExactlyInAnyOrder("reminderDays[1]",
                "quietFrom", "templates.reminder.subject", "templates.reminder.text");
        assertThat(refusal.violations()).extracting(Violation::message)
                .anySatisfy(message -> assertThat(message).startsWith("unknown placeholder {when}"));
    }
}
