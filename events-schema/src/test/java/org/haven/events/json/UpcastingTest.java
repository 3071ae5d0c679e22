package org.haven.events.json;

import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Old shapes of events, kept as fixtures, must read into today's records. */
class UpcastingTest {

    private static final String SUBMITTED = QuestionnaireSubmitted.class.getName();

    private final EventCodec codec = EventCodec.standard();

    @Test
    void reads_a_revision_1_submission_with_listed_answers_into_todays_record() {
        var read = codec.read(SUBMITTED, "1", Fixtures.bytes("/fixtures/upcasting/QuestionnaireSubmitted.rev1.json"));

        assertThat(read).isEqualTo(EventExamples.submitted(SubmissionSource.WEB, null));
    }

    @Test
    void reads_a_revision_1_enrollment_as_one_without_a_time_zone_of_its_own() {
        var read = codec.read(ParticipantEnrolled.class.getName(), "1",
                Fixtures.bytes("/fixtures/upcasting/ParticipantEnrolled.rev1.json"));

        assertThat(read).isEqualTo(EventExamples.enrolled(null));
    }

    @Test
    void the_service_and_the_batch_find_the_same_single_step() {
        assertThat(Upcasters.standard().stepFor(SUBMITTED, 1)).get()
                .extracting(JsonUpcaster::toRevision).isEqualTo(2);
        assertThat(Upcasters.standard().stepFor(SUBMITTED, 2)).isEmpty();
    }

    @Test
    void refuses_a_revision_newer_than_the_code_knows() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.read(SUBMITTED, "3", json))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("revision 3 is newer");
    }

    @Test
    void refuses_an_unknown_event_type() {
        assertThatThrownBy(() -> codec.read("org.haven.events.Nope", "1", "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("unknown event type org.haven.events.Nope");
    }

    @Test
    void refuses_a_renamed_field_instead_of_dropping_it() {
        String renamed = new String(Fixtures.bytes("/fixtures/events/ParticipantErased.json"), StandardCharsets.UTF_8)
                .replace("\"participantId\"", "\"participant\"");

        assertThatThrownBy(() -> codec.read("org.haven.events.participant.ParticipantErased", "1",
                renamed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("participant");
    }
}
