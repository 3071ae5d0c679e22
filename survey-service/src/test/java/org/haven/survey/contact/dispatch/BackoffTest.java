package org.haven.survey.contact.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void doubles_from_the_first_delay_up_to_the_maximum() {
        Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(backoff.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refuses_a_maximum_below_the_first_delay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
