package org.haven.survey.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import org.haven.events.ContactKind;
import org.haven.events.study.ContactSchedule;
import org.haven.events.study.MailTemplate;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON of a contact schedule, as researchers send it and read it back (the same shape both ways). */
@Schema(description = "A contact schedule. Every part left out takes its default: reminderDays [3, 7] (days after the"
        + " invitation), no last reminder, quiet hours 21:00 to 08:00 in the participant's time zone, and neutral"
        + " templates. templates: invitation, reminder, last-reminder, each {subject, text, html (optional)} with the"
        + " placeholders {link}, {wave}, {closes}, {study}, {stop_emails_link}.")
public record ScheduleRequest(List<Integer> reminderDays, Integer lastReminderHoursBeforeClose, String quietFrom,
                              String quietUntil, Map<String, MailTemplate> templates) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The schedule in force, written as a request would write it. */
    static ScheduleRequest of(ContactSchedule schedule) {
        Map<String, MailTemplate> templates = new TreeMap<>();
        schedule.templates().forEach((kind, template) -> templates.put(ContactKinds.name(kind), template));
        return new ScheduleRequest(schedule.reminderDays(), schedule.lastReminderHoursBeforeClose(),
                TIME.format(schedule.quietFrom()), TIME.format(schedule.quietUntil()), templates);
    }

    /** The JSON names of the kinds, as in the events. */
    static final class ContactKinds {

        static final Map<ContactKind, String> NAMES = Map.of(ContactKind.INVITATION, "invitation",
                ContactKind.REMINDER, "reminder", ContactKind.LAST_REMINDER, "last-reminder");

        private ContactKinds() {
        }

        static String name(ContactKind kind) {
            return NAMES.get(kind);
        }
    }

    static LocalTime parseTime(String value) {
        return LocalTime.parse(value.strip(), TIME);
    }
}
