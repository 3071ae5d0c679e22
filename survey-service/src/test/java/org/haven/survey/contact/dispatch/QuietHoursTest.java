package org.haven.survey.contact.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private final QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
    private final ZoneId berlin = ZoneId.of("Europe/Berlin");

    @Test
    void a_contact_due_in_the_day_goes_out_at_once() {
        Instant noon = Instant.parse("2027-01-12T11:00:00Z"); // 12:00 in Berlin
        assertThat(night.nextAllowed(noon, berlin)).isEqualTo(noon);
    }

    @Test
    void a_contact_due_in_the_evening_waits_for_the_next_morning_in_the_participants_zone() {
        // 22:30 in Berlin (UTC+1 in January) waits for 08:00 the next day, which is 07:00 UTC
        assertThat(night.nextAllowed(Instant.parse("2027-01-12T21:30:00Z"), berlin))
                .isEqualTo(Instant.parse("2027-01-13T07:00:00Z"));
    }

    @Test
    void a_contact_due_after_midnight_waits_for_the_same_morning() {
        assertThat(night.nextAllowed(Instant.parse("2027-01-13T02:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2027-01-13T07:00:00Z"));
    }

    @Test
    void the_ends_are_exact_quiet_from_and_free_at_until() {
        assertThat(night.nextAllowed(Instant.parse("2027-01-12T20:00:00Z"), berlin)) // 21:00 Berlin: quiet
                .isEqualTo(Instant.parse("2027-01-13T07:00:00Z"));
        assertThat(night.nextAllowed(Instant.parse("2027-01-13T07:00:00Z"), berlin)) // 08:00 Berlin: free
                .isEqualTo(Instant.parse("2027-01-13T07:00:00Z"));
    }

    @Test
    void the_morning_after_a_clock_change_is_the_local_morning() {
        // Berlin moves to UTC+2 on 28 March 2027: 08:00 local is then 06:00 UTC
        assertThat(night.nextAllowed(Instant.parse("2027-03-27T22:00:00Z"), berlin))
                .isEqualTo(Instant.parse("2027-03-28T06:00:00Z"));
    }

    @Test
    void quiet_hours_within_one_day_and_none_at_all() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        ZoneId utc = ZoneId.of("UTC");
        assertThat(lunch.nextAllowed(Instant.parse("2027-01-12T12:30:00Z"), utc))
                .isEqualTo(Instant.parse("2027-01-12T13:00:00Z"));
        assertThat(lunch.nextAllowed(Instant.parse("2027-01-12T22:30:00Z"), utc))
                .isEqualTo(Instant.parse("2027-01-12T22:30:00Z"));
        QuietHours none = new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0));
        assertThat(none.nextAllowed(Instant.parse("2027-01-12T03:00:00Z"), utc))
                .isEqualTo(Instant.parse("2027-01-12T03:00:00Z"));
    }
}
