package org.haven.events.study;

import org.haven.events.ContactKind;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.haven.events.Require.present;

/**
 * When a study's participants are mailed: an invitation when their wave opens, reminders {@code reminderDays}
 * days after the invitation while the wave is open and unanswered, optionally a last reminder
 * {@code lastReminderHoursBeforeClose} hours before the wave closes, never within the quiet hours
 * ({@code quietFrom} to {@code quietUntil} in the participant's time zone), each in the wording of
 * {@code templates} (every kind has one).
 */
public record ContactSchedule(
        List<Integer> reminderDays,
        Integer lastReminderHoursBeforeClose,
        LocalTime quietFrom,
        LocalTime quietUntil,
        Map<ContactKind, MailTemplate> templates) {

    public ContactSchedule {
        present(reminderDays, "reminderDays");
        present(quietFrom, "quietFrom");
        present(quietUntil, "quietUntil");
        present(templates, "templates");
        reminderDays = List.copyOf(reminderDays);
        templates = Map.copyOf(templates);
        for (ContactKind kind : ContactKind.values()) {
            if (!templates.containsKey(kind)) {
                throw new IllegalArgumentException("templates: no template for " + kind);
            }
        }
    }
}
