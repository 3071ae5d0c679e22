package org.haven.survey.questionnaire;

import org.haven.events.study.WaveWindow;
import org.haven.instrument.InstrumentLoader;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.participant.Stage;
import org.haven.survey.participant.Stages;
import org.haven.survey.study.StudyDefinition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class StagesTest {

    private static final Instant ENROLLED = Instant.parse("2027-01-05T09:30:00Z");
    private static final WaveWindow JANUARY = new WaveWindow.Absolute(
            Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"));
    /** 2027-02-04T09:30Z to 2027-02-11T09:30Z for this participant. */
    private static final WaveWindow MONTH_LATER = new WaveWindow.RelativeToEnrollment(30, 7);
    private static final StudyDefinition STUDY = study(Map.of(1, JANUARY, 2, MONTH_LATER));

    @Test
    void an_open_unanswered_wave_shows_the_questionnaire_with_its_closing_time() {
        Stage stage = Stages.of(STUDY, ENROLLED, ParticipantStatus.ACTIVE, Set.of(), at("2027-01-10T00:00:00Z"));
        assertThat(stage).isEqualTo(new Stage(Stage.Kind.OPEN, 1, null, Instant.parse("2027-02-01T00:00:00Z"), null));
    }

    @Test
    void after_answering_the_next_wave_is_announced_with_the_wave_already_submitted() {
        Stage stage = Stages.of(STUDY, ENROLLED, ParticipantStatus.ACTIVE, Set.of(1), at("2027-01-10T00:00:00Z"));
        assertThat(stage).isEqualTo(new Stage(Stage.Kind.NOT_OPEN_YET, 2, Instant.parse("2027-02-04T09:30:00Z"),
                null, 1));
        assertThat(PageMessages.forStage(stage).heading()).isEqualTo("You have already submitted your answers");
        assertThat(PageMessages.forStage(stage).lines())
                .contains("The next questionnaire (round 2) opens on Thursday 4 February 2027 at 09:30 UTC.");
    }

    @Test
    void a_missed_last_wave_is_closed_even_when_an_earlier_one_was_answered() {
        Stage stage = Stages.of(STUDY, ENROLLED, ParticipantStatus.ACTIVE, Set.of(1), at("2027-03-01T00:00:00Z"));
        assertThat(stage).isEqualTo(new Stage(Stage.Kind.CLOSED, 2, null, Instant.parse("2027-02-11T09:30:00Z"), 1));
        assertThat(PageMessages.forStage(stage).heading()).isEqualTo("This questionnaire has closed");
    }

    @Test
    void every_wave_answered_completes_the_study() {
        Stage stage = Stages.of(STUDY, ENROLLED, ParticipantStatus.ACTIVE, Set.of(1, 2), at("2027-02-05T00:00:00Z"));
        assertThat(stage.kind()).isEqualTo(Stage.Kind.COMPLETED);
        assertThat(stage.lastSubmitted()).isEqualTo(2);
    }

    @Test
    void a_withdrawn_participant_sees_no_questionnaire_even_in_an_open_wave() {
        for (ParticipantStatus status : List.of(ParticipantStatus.WITHDRAWN, ParticipantStatus.WITHDRAWN_DATA_EXCLUDED)) {
            assertThat(Stages.of(STUDY, ENROLLED, status, Set.of(), at("2027-01-10T00:00:00Z")).kind())
                    .isEqualTo(Stage.Kind.WITHDRAWN);
        }
    }

    @Test
    void the_questionnaire_groups_esti_by_subscale_and_numbers_the_items_in_order() {
        QuestionnaireForm form = QuestionnaireForm.of(InstrumentLoader.esti());
        assertThat(form.questionCount()).isEqualTo(36);
        assertThat(form.parts()).hasSize(8);
        assertThat(form.parts().get(0).questions()).extracting(QuestionnaireForm.Question::itemId)
                .containsExactly("respect_1", "respect_2", "respect_3", "respect_4", "respect_5");
        assertThat(form.parts().get(1).questions().get(0).number()).isEqualTo(6);
        assertThat(form.parts().get(0).questions().get(0).options()).hasSize(7);
        assertThat(form.parts().get(0).questions().get(0).options().get(0).label()).isEqualTo("strongly disagree");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static StudyDefinition study(Map<Integer, WaveWindow> waves) {
        return new StudyDefinition("study-1", "Safety at home", "researcher-1", false, new TreeMap<>(waves),
                List.of(InstrumentLoader.esti()));
    }
}
