package org.haven.demo;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoRunTest {

    @Test
    void with_mail_wave_1_closes_so_that_its_last_reminder_falls_due_two_minutes_after_the_study_was_made() {
        Instant now = Instant.parse("2026-12-03T14:00:00.400Z");

        List<Map<String, String>> windows = DemoRun.windowsWithClosingFirstWave(4, now);

        assertThat(windows).hasSize(4);
        Map<String, String> first = windows.get(0);
        assertThat(first).containsEntry("type", "absolute");
        Instant closes = Instant.parse(first.get("closesAt"));
        int hoursBefore = (Integer) DemoRun.mailSchedule().get("lastReminderHoursBeforeClose");
        assertThat(Duration.between(now, closes.minus(Duration.ofHours(hoursBefore))))
                .isBetween(Duration.ofSeconds(119), Duration.ofSeconds(120));
        // the imported slice's wave 1 is dated (W - 1) x 30 days back: inside the window
        assertThat(Instant.parse(first.get("opensAt"))).isBefore(now.minus(Duration.ofDays(3 * 30)));
        assertThat(windows.subList(1, 4)).allSatisfy(w -> assertThat(w).containsExactly(Map.entry("type", "always")));
    }

    @Test
    void the_mail_schedule_has_no_quiet_hours_so_a_demo_at_night_is_mailed_at_once() {
        assertThat(DemoRun.mailSchedule()).containsEntry("quietFrom", "00:00").containsEntry("quietUntil", "00:00");
    }
}
