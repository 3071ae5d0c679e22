package org.haven.analytics.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestFactsTest {

    @Test
    void a_runs_start_is_the_same_instant_whatever_the_machines_time_zone() {
        TimeZone machine = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            LocalDateTime stampedBySpringBatch = LocalDateTime.now();

            assertThat(Duration.between(ManifestFacts.startedAt(stampedBySpringBatch), Instant.now()).abs())
                    .isLessThan(Duration.ofMinutes(1));
        } finally {
            TimeZone.setDefault(machine);
        }
    }
}
