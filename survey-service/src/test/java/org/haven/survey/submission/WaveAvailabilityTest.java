package org.haven.survey.submission;

import org.haven.events.study.WaveWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WaveAvailabilityTest {

    private static final Instant ENROLLED_AT = Instant.parse("2027-01-05T09:30:00Z");

    private static final WaveWindow.Absolute JANUARY = new WaveWindow.Absolute(
            Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"));
    /** Opens 30 days after enrollment for 7 days: from 2027-02-04T09:30Z to 2027-02-11T09:30Z. */
    private static final WaveWindow.RelativeToEnrollment MONTH_LATER = new WaveWindow.RelativeToEnrollment(30, 7);
    private static final WaveWindow.AlwaysOpen ALWAYS = new WaveWindow.AlwaysOpen();

    // --- always open -------------------------------------------------------------------------------

    @Test
    void an_always_open_wave_has_neither_opening_nor_closing() {
        assertThat(WaveAvailability.opensAt(ALWAYS, ENROLLED_AT)).isEmpty();
        assertThat(WaveAvailability.closesAt(ALWAYS, ENROLLED_AT)).isEmpty();
    }

    @Test
    void an_always_open_wave_is_open_long_before_and_long_after_enrollment() {
        assertThat(WaveAvailability.isOpen(ALWAYS, ENROLLED_AT, Instant.parse("1999-12-31T23:59:59Z"))).isTrue();
        assertThat(WaveAvailability.isOpen(ALWAYS, ENROLLED_AT, ENROLLED_AT)).isTrue();
        assertThat(WaveAvailability.isOpen(ALWAYS, ENROLLED_AT, Instant.parse("2099-01-01T00:00:00Z"))).isTrue();
    }

    // --- absolute ----------------------------------------------------------------------------------

    @Test
    void an_absolute_wave_opens_and_closes_at_its_fixed_instants_whatever_the_enrollment() {
        Instant otherEnrollment = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(WaveAvailability.opensAt(JANUARY, otherEnrollment)).contains(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(WaveAvailability.closesAt(JANUARY, otherEnrollment)).contains(Instant.parse("2027-02-01T00:00:00Z"));
    }

    @Test
    void an_absolute_wave_is_closed_a_moment_before_it_opens() {
        assertThat(WaveAvailability.isOpen(JANUARY, ENROLLED_AT, Instant.parse("2026-12-31T23:59:59.999Z"))).isFalse();
    }

    @Test
    void an_absolute_wave_is_open_at_its_opening_instant() {
        assertThat(WaveAvailability.isOpen(JANUARY, ENROLLED_AT, Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void an_absolute_wave_is_open_in_the_middle_of_its_window() {
        assertThat(WaveAvailability.isOpen(JANUARY, ENROLLED_AT, Instant.parse("2027-01-15T12:00:00Z"))).isTrue();
    }

    @Test
    void an_absolute_wave_is_open_a_moment_before_it_closes() {
        assertThat(WaveAvailability.isOpen(JANUARY, ENROLLED_AT, Instant.parse("2027-01-31T23:59:59.999Z"))).isTrue();
    }

    @Test
    void an_absolute_wave_is_closed_at_its_closing_instant() {
        assertThat(WaveAvailability.isOpen(JANUARY, ENROLLED_AT, Instant.parse("2027-02-01T00:00:00Z"))).isFalse();
    }

    @Test
    void an_absolute_wave_is_closed_after_its_window() {
        assertThat(WaveAvailability.isOpen(JANUARY, ENROLLED_AT, Instant.parse("2027-03-01T00:00:00Z"))).isFalse();
    }

    // --- relative to enrollment --------------------------------------------------------------------

    @Test
    void a_relative_wave_opens_offset_days_after_enrollment_and_closes_length_days_later() {
        assertThat(WaveAvailability.opensAt(MONTH_LATER, ENROLLED_AT)).contains(Instant.parse("2027-02-04T09:30:00Z"));
        assertThat(WaveAvailability.closesAt(MONTH_LATER, ENROLLED_AT)).contains(Instant.parse("2027-02-11T09:30:00Z"));
    }

    @Test
    void a_relative_wave_follows_each_participants_own_enrollment() {
        Instant later = Instant.parse("2027-03-01T00:00:00Z");
        assertThat(WaveAvailability.opensAt(MONTH_LATER, later)).contains(Instant.parse("2027-03-31T00:00:00Z"));
        assertThat(WaveAvailability.closesAt(MONTH_LATER, later)).contains(Instant.parse("2027-04-07T00:00:00Z"));
    }

    @Test
    void a_relative_wave_with_no_offset_opens_at_enrollment() {
        WaveWindow firstWeek = new WaveWindow.RelativeToEnrollment(0, 7);
        assertThat(WaveAvailability.opensAt(firstWeek, ENROLLED_AT)).contains(ENROLLED_AT);
        assertThat(WaveAvailability.isOpen(firstWeek, ENROLLED_AT, ENROLLED_AT)).isTrue();
        assertThat(WaveAvailability.isOpen(firstWeek, ENROLLED_AT, Instant.parse("2027-01-05T09:29:59Z"))).isFalse();
        assertThat(WaveAvailability.isOpen(firstWeek, ENROLLED_AT, Instant.parse("2027-01-12T09:30:00Z"))).isFalse();
    }

    @Test
    void a_relative_wave_is_closed_a_second_before_it_opens() {
        assertThat(WaveAvailability.isOpen(MONTH_LATER, ENROLLED_AT, Instant.parse("2027-02-04T09:29:59Z"))).isFalse();
    }

    @Test
    void a_relative_wave_is_open_at_its_opening_instant() {
        assertThat(WaveAvailability.isOpen(MONTH_LATER, ENROLLED_AT, Instant.parse("2027-02-04T09:30:00Z"))).isTrue();
    }

    @Test
    void a_relative_wave_is_open_a_second_before_it_closes() {
        assertThat(WaveAvailability.isOpen(MONTH_LATER, ENROLLED_AT, Instant.parse("2027-02-11T09:29:59Z"))).isTrue();
    }

    @Test
    void a_relative_wave_is_closed_at_its_closing_instant() {
        assertThat(WaveAvailability.isOpen(MONTH_LATER, ENROLLED_AT, Instant.parse("2027-02-11T09:30:00Z"))).isFalse();
    }

    @Test
    void a_relative_wave_is_closed_at_enrollment() {
        assertThat(WaveAvailability.isOpen(MONTH_LATER, ENROLLED_AT, ENROLLED_AT)).isFalse();
    }

    @Test
    void a_relative_wave_whose_offset_plus_length_exceeds_an_int_is_still_open_once_it_opened() {
        // 1,073,741,823 + 1,073,741,825 days = 2^31, one past Integer.MAX_VALUE: an int sum would wrap negative.
        WaveWindow distant = new WaveWindow.RelativeToEnrollment(1_073_741_823, 1_073_741_825);
        Instant opens = ENROLLED_AT.plus(Duration.ofDays(1_073_741_823L));
        assertThat(WaveAvailability.closesAt(distant, ENROLLED_AT))
                .contains(ENROLLED_AT.plus(Duration.ofDays(2_147_483_648L)));
        assertThat(WaveAvailability.isOpen(distant, ENROLLED_AT, opens)).isTrue();
    }
}
