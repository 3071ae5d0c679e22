package org.haven.analytics.replay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayProgressTest {

    @Test
    void shows_events_read_of_the_total_percent_rate_and_time_left() {
        // 250,000 of 1,000,000 events in 2 s: 125,000 events/s, 750,000 left -> 6 s
        assertThat(ReplayProgress.line(250_000, 1_000_000, 2_000_000_000L))
                .isEqualTo("replay: 250,000 / 1,000,000 events (25.0%), 125,000 events/s, about 6 s left");
    }
}
