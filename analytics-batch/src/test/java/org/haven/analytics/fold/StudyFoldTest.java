package org.haven.analytics.fold;

import org.haven.events.Actor;
import org.haven.events.HavenEvent;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.participant.WithdrawalScope;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyArchived;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveOverlapAllowed;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class StudyFoldTest {

    private static final String STUDY = "study-a";
    private static final Instant CUTOFF = Instant.parse("2027-03-31T23:59:59Z");
    private static final Actor RESEARCHER = Actor.researcher("dr.morgan");

    private final StudyFold fold = new StudyFold(STUDY, CUTOFF);

    @Test
    void keeps_the_study_its_instruments_and_the_first_submission_of_each_participant_and_wave() {
        accept(new StudyCreated(STUDY, "A", false, RESEARCHER), "2027-01-01T00:00:00Z");
        accept(new InstrumentVersionPublished(STUDY, InstrumentLoader.esti(), RESEARCHER), "2027-01-01T00:00:01Z");
        accept(enrolled("p1"), "2027-01-02T00:00:00Z");
        accept(submitted("p1", 1, "s1", 5), "2027-01-03T00:00:00Z");
        accept(submitted("p1", 1, "s1", 5), "2027-01-03T00:00:00Z"); // republished: at-least-once publishing

        assertThat(fold.study()).isPresent();
        assertThat(fold.instruments()).hasSize(1);
        assertThat(fold.includedSubmissions()).singleElement()
                .satisfies(s -> assertThat(s.answers()).isEqualTo(Map.of("respect_1", 5)));
        assertThat(fold.counts().duplicates()).isEqualTo(1);
        assertThat(fold.counts().read()).isEqualTo(5);
        assertThat(fold.counts().used()).isEqualTo(4);
    }

    @Test
    void an_instrument_publication_delivered_twice_is_one_version_and_a_duplicate() {
        accept(new InstrumentVersionPublished(STUDY, InstrumentLoader.esti(), RESEARCHER), "2027-01-01T00:00:01Z");
        accept(new InstrumentVersionPublished(STUDY, InstrumentLoader.esti(), RESEARCHER), "2027-01-01T00:00:01Z");

        assertThat(fold.instruments()).hasSize(1);
        assertThat(fold.counts().duplicates()).isEqualTo(1);
    }

    @Test
    void answers_iterate_in_instrument_order_even_when_they_arrived_before_the_instrument() {
        Instrument esti = InstrumentLoader.esti();
        Map<String, Integer> everyItem = new TreeMap<>();
        esti.items().forEach(item -> everyItem.put(item.id(), 4));
        accept(new QuestionnaireSubmitted("p1", STUDY, 1, "esti", 1, everyItem, null, "s1", SubmissionSource.WEB,
                LocalDate.parse("2027-01-03"), Actor.participant("p1")), "2027-01-03T00:00:00Z");
        accept(new InstrumentVersionPublished(STUDY, esti, RESEARCHER), "2027-01-01T00:00:01Z");

        List<String> instrumentOrder = esti.items().stream().map(Item::id).toList();
        assertThat(instrumentOrder).isNotEqualTo(List.copyOf(everyItem.keySet())); // so the test can fail
        assertThat(fold.includedSubmissions()).singleElement()
                .satisfies(s -> assertThat(List.copyOf(s.answers().keySet())).isEqualTo(instrumentOrder))
                .satisfies(s -> assertThat(s.answers()).isEqualTo(everyItem));
    }

    @Test
    void counts_events_up_to_and_including_the_cutoff_only() {
        accept(enrolled("p1"), "2027-01-02T00:00:00Z");
        accept(submitted("p1", 1, "s1", 5), CUTOFF.toString());
        accept(submitted("p1", 2, "s2", 6), "2027-04-01T00:00:00Z");

        assertThat(fold.includedSubmissions()).extracting(Submission::wave).containsExactly(1);
        assertThat(fold.counts().afterCutoff()).isEqualTo(1);
    }

    @Test
    void leaves_out_other_studies() {
        accept(new QuestionnaireSubmitted("p9", "study-b", 1, "esti", 1, Map.of("respect_1", 2), null, "x",
                SubmissionSource.WEB, LocalDate.parse("2027-01-03"), Actor.participant("p9")), "2027-01-03T00:00:00Z");

        assertThat(fold.includedSubmissions()).isEmpty();
        assertThat(fold.counts().otherStudies()).isEqualTo(1);
    }

    @Test
    void excludes_erased_participants_and_withdrawals_of_collected_data_even_after_the_cutoff() {
        for (String p : new String[] {"erased", "withdrew-data", "withdrew-future", "stays"}) {
            accept(enrolled(p), "2027-01-02T00:00:00Z");
            accept(submitted(p, 1, "s-" + p, 4), "2027-01-03T00:00:00Z");
        }
        accept(new ParticipantErased("erased", STUDY, Actor.researcher("dpo")), "2027-06-01T00:00:00Z");
        accept(new ConsentWithdrawn("withdrew-data", STUDY, WithdrawalScope.STOP_USING_COLLECTED_DATA,
                Actor.participant("withdrew-data")), "2027-06-01T00:00:00Z");
        accept(new ConsentWithdrawn("withdrew-future", STUDY, WithdrawalScope.STOP_FUTURE_WAVES,
                Actor.participant("withdrew-future")), "2027-02-01T00:00:00Z");

        assertThat(fold.includedSubmissions()).extracting(Submission::participantId)
                .containsExactlyInAnyOrder("withdrew-future", "stays");
        assertThat(fold.excludedParticipants()).isEqualTo(Map.of(Exclusion.ERASED, 1L, Exclusion.WITHDREW_DATA, 1L));
        assertThat(fold.excludedSubmissions()).isEqualTo(Map.of(Exclusion.ERASED, 1L, Exclusion.WITHDREW_DATA, 1L));
    }

    @Test
    void an_enrollment_after_the_cutoff_makes_a_member_and_is_journaled_but_enrolls_nobody_in_the_data() {
        boolean journaled = fold.accept(new DecodedEvent(enrolled("late"), Instant.parse("2027-04-01T00:00:00Z")));

        assertThat(journaled).isTrue();
        assertThat(fold.isMember("late")).isTrue();
        assertThat(fold.enrolledAt("late")).isEmpty();
        assertThat(fold.counts().afterCutoff()).isEqualTo(1);
        assertThat(fold.isMember("never-seen")).isFalse();
    }

    @Test
    void an_archived_study_with_overlapping_waves_is_analysed_as_before() {
        accept(new StudyCreated(STUDY, "A", false, RESEARCHER), "2027-01-01T00:00:00Z");
        accept(new WaveOverlapAllowed(STUDY, RESEARCHER), "2027-01-01T00:00:00Z");
        accept(new InstrumentVersionPublished(STUDY, InstrumentLoader.esti(), RESEARCHER), "2027-01-01T00:00:01Z");
        accept(enrolled("p1"), "2027-01-02T00:00:00Z");
        accept(submitted("p1", 1, "s1", 5), "2027-01-03T00:00:00Z");
        accept(new StudyArchived(STUDY, RESEARCHER), "2027-01-04T00:00:00Z");

        assertThat(fold.study()).isPresent();
        assertThat(fold.includedSubmissions()).singleElement()
                .satisfies(s -> assertThat(s.answers()).isEqualTo(Map.of("respect_1", 5)));
    }

    private void accept(HavenEvent event, String time) {
        fold.accept(new DecodedEvent(event, Instant.parse(time)));
    }

    private static ParticipantEnrolled enrolled(String participant) {
        return new ParticipantEnrolled(participant, STUDY, Instant.parse("2027-01-02T00:00:00Z"), "v1", null, RESEARCHER);
    }

    private static QuestionnaireSubmitted submitted(String participant, int wave, String submissionId, int value) {
        return new QuestionnaireSubmitted(participant, STUDY, wave, "esti", 1, Map.of("respect_1", value), null,
                submissionId, SubmissionSource.WEB, LocalDate.parse("2027-01-03"), Actor.participant(participant));
    }
}
