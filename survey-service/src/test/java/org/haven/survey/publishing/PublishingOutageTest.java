package org.haven.survey.publishing;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.survey.publishing.PublishingOutage.Change.ENDED;
import static org.haven.survey.publishing.PublishingOutage.Change.NONE;
import static org.haven.survey.publishing.PublishingOutage.Change.STARTED;

class PublishingOutageTest {

    private static final Instant T0 = Instant.parse("2027-03-01T10:00:00Z");

    private final PublishingOutage outage = new PublishingOutage();

    @Test
    void an_outage_is_reported_once_at_its_start_and_once_when_the_backlog_is_published() {
        assertThat(outage.observe(true, null, lag(0, 99), T0, after -> 0)).isEqualTo(NONE);
        assertThat(outage.observe(false, null, lag(3, 99), T0.plusSeconds(30), after -> 0)).isEqualTo(STARTED);
        assertThat(outage.observe(false, "the broker did not acknowledge", lag(50, 99), T0.plusSeconds(60),
                after -> 0)).isEqualTo(NONE);
        // the broker is back but the backlog is not published yet: the outage goes on
        assertThat(outage.observe(true, null, lag(20, 129), T0.plusSeconds(90), after -> 30)).isEqualTo(NONE);
        assertThat(outage.ongoing()).isTrue();
        assertThat(outage.observe(true, null, lag(0, 149), T0.plusSeconds(120), after -> after == 99 ? 50 : -1))
                .isEqualTo(ENDED);
        assertThat(outage.ongoing()).isFalse();
        assertThat(outage.observe(true, null, lag(0, 149), T0.plusSeconds(150), after -> 0)).isEqualTo(NONE);
    }

    @Test
    void a_failed_send_starts_an_outage_while_the_broker_still_answers_its_checks() {
        assertThat(outage.observe(true, "the broker did not acknowledge an event", lag(4, 10), T0, after -> 0))
                .isEqualTo(STARTED);
        assertThat(outage.observe(true, "again", lag(0, 14), T0.plusSeconds(5), after -> 4)).isEqualTo(NONE);
        assertThat(outage.observe(true, null, lag(0, 14), T0.plusSeconds(10), after -> 4)).isEqualTo(ENDED);
    }

    private static PublishingLag.Lag lag(long behind, long publishedUpTo) {
        return new PublishingLag.Lag(behind, publishedUpTo, behind == 0 ? null : T0);
    }
}
