package org.haven.survey.contact.dispatch;

import org.haven.events.ContactKind;
import org.haven.events.study.ContactSchedule;
import org.haven.survey.contact.DefaultSchedule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DueContactsTest {

    private static final Instant OPENS = Instant.parse("2027-01-10T09:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-01-20T09:00:00Z");
    private static final Instant INVITED = Instant.parse("2027-01-10T09:05:00Z");
    private final ContactSchedule schedule = new ContactSchedule(List.of(7, 3), 24, LocalTime.of(21, 0),
            LocalTime.of(8, 0), DefaultSchedule.TEMPLATES);

    @Test
    void nothing_before_the_wave_opens_or_once_it_has_closed() {
        assertThat(DueContacts.dueBy(OPENS.minusSeconds(1), schedule, OPENS, CLOSES, null)).isEmpty();
        assertThat(DueContacts.dueBy(CLOSES, schedule, OPENS, CLOSES, INVITED)).isEmpty();
    }

    @Test
    void the_invitation_when_the_wave_opens_and_no_reminder_before_it_went_out() {
        assertThat(DueContacts.dueBy(OPENS.plusSeconds(3600 * 24 * 8), schedule, OPENS, CLOSES, null))
                .containsExactly(new DueContacts.Due(ContactKind.INVITATION, 0, OPENS));
    }

    @Test
    void reminders_count_from_the_invitation_in_the_order_of_their_days_then_the_last_one() {
        Instant now = Instant.parse("2027-01-19T10:00:00Z");
        assertThat(DueContacts.dueBy(now, schedule, OPENS, CLOSES, INVITED)).containsExactly(
                new DueContacts.Due(ContactKind.INVITATION, 0, OPENS),
                new DueContacts.Due(ContactKind.REMINDER, 1, Instant.parse("2027-01-13T09:05:00Z")),
                new DueContacts.Due(ContactKind.REMINDER, 2, Instant.parse("2027-01-17T09:05:00Z")),
                new DueContacts.Due(ContactKind.LAST_REMINDER, 3, Instant.parse("2027-01-19T09:00:00Z")));
    }

    @Test
    void a_reminder_that_would_fall_after_the_close_is_never_due_and_a_wave_without_end_has_no_last_reminder() {
        Instant shortClose = Instant.parse("2027-01-15T09:00:00Z");
        assertThat(DueContacts.dueBy(shortClose.minusSeconds(1), schedule, OPENS, shortClose, INVITED))
                .extracting(DueContacts.Due::ordinal).containsExactly(0, 1, 3);
        assertThat(DueContacts.dueBy(Instant.parse("2027-03-01T00:00:00Z"), schedule, OPENS, null, INVITED))
                .extracting(DueContacts.Due::kind)
                .containsExactly(ContactKind.INVITATION, ContactKind.REMINDER, ContactKind.REMINDER);
    }
}
