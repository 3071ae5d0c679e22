package org.haven.survey.contact.dispatch;

import org.haven.events.ContactKind;
import org.haven.events.study.ContactSchedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which contacts of one participant's wave have fallen due by {@code now}, by the schedule: the invitation when
 * the wave opens; reminder k (from 1) {@code reminderDays[k-1]} days after the invitation went out; the last
 * reminder (numbered after the regular ones) {@code lastReminderHoursBeforeClose} hours before the wave closes,
 * if that is after the invitation. Only while the wave is open: nothing falls due at or after its close. Quiet
 * hours are the sender's business, since they depend on the moment of sending.
 */
final class DueContacts {

    record Due(ContactKind kind, int ordinal, Instant dueAt) {
    }

    private DueContacts() {
    }

    /**
     * @param opens     when the wave opened for the participant
     * @param closes    when it closes for them (null: never)
     * @param invitedAt when their invitation was sent (null: not yet), from which reminders count
     */
    static List<Due> dueBy(Instant now, ContactSchedule schedule, Instant opens, Instant closes, Instant invitedAt) {
        List<Due> due = new ArrayList<>();
        if (now.isBefore(opens) || (closes != null && !now.isBefore(closes))) {
            return due;
        }
        due.add(new Due(ContactKind.INVITATION, 0, opens));
        if (invitedAt == null) {
            return due;
        }
        List<Integer> days = schedule.reminderDays().stream().sorted().toList();
        for (int i = 0; i < days.size(); i++) {
            Instant at = invitedAt.plus(Duration.ofDays(days.get(i)));
            if (!now.isBefore(at) && (closes == null || at.isBefore(closes))) {
                due.add(new Due(ContactKind.REMINDER, i + 1, at));
            }
        }
        Integer hoursBefore = schedule.lastReminderHoursBeforeClose();
        if (hoursBefore != null && closes != null) {
            Instant at = closes.minus(Duration.ofHours(hoursBefore));
            if (!now.isBefore(at) && at.isAfter(invitedAt)) {
                due.add(new Due(ContactKind.LAST_REMINDER, days.size() + 1, at));
            }
        }
        return due;
    }
}
