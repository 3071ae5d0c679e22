package org.haven.survey.submission;

import org.haven.events.participant.SubmissionSource;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.haven.survey.submission.OneSubmissionPerWave.Decision.ALREADY_STORED;
import static org.haven.survey.submission.OneSubmissionPerWave.Decision.STORE;

class OneSubmissionPerWaveTest {

    private static final Map<String, Integer> ANSWERS = Map.of("respect_1", 5, "trust_2", 3);
    private static final Map<String, Integer> OTHER_ANSWERS = Map.of("respect_1", 5, "trust_2", 4);
    private static final SubmittedWave STORED = new SubmittedWave("sub-1", ANSWERS, LocalDate.of(2027, 1, 6));

    @Test
    void stores_the_first_web_submission_of_a_wave() {
        assertThat(OneSubmissionPerWave.decide(null, 1, "sub-1", SubmissionSource.WEB, ANSWERS)).isEqualTo(STORE);
    }

    @Test
    void stores_the_first_import_of_a_wave() {
        assertThat(OneSubmissionPerWave.decide(null, 2, "imp-1", SubmissionSource.IMPORT, ANSWERS)).isEqualTo(STORE);
    }

    @Test
    void recognises_a_web_retry_by_its_submission_id() {
        assertThat(OneSubmissionPerWave.decide(STORED, 1, "sub-1", SubmissionSource.WEB, ANSWERS))
                .isEqualTo(ALREADY_STORED);
    }

    @Test
    void recognises_a_retry_by_its_submission_id_even_if_the_answers_differ() {
        // The id decides: the first attempt's answers were stored and the client only missed the reply.
        assertThat(OneSubmissionPerWave.decide(STORED, 1, "sub-1", SubmissionSource.WEB, OTHER_ANSWERS))
                .isEqualTo(ALREADY_STORED);
        assertThat(OneSubmissionPerWave.decide(STORED, 1, "sub-1", SubmissionSource.IMPORT, OTHER_ANSWERS))
                .isEqualTo(ALREADY_STORED);
    }

    @Test
    void rejects_a_second_web_submission_for_the_same_wave_even_with_identical_answers() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> OneSubmissionPerWave.decide(STORED, 1, "sub-2", SubmissionSource.WEB, ANSWERS))
                .withMessage("wave 1 was already submitted")
                .satisfies(e -> assertThat(e.violations())
                        .containsExactly(new Violation("wave", "wave 1 was already submitted")));
    }

    @Test
    void answers_a_reimport_of_identical_answers_under_a_new_id_as_already_stored() {
        assertThat(OneSubmissionPerWave.decide(STORED, 2, "imp-9", SubmissionSource.IMPORT, new HashMap<>(ANSWERS)))
                .isEqualTo(ALREADY_STORED);
    }

    @Test
    void rejects_a_reimport_with_different_answers() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> OneSubmissionPerWave.decide(STORED, 2, "imp-9", SubmissionSource.IMPORT,
                        OTHER_ANSWERS))
                .withMessage("wave 2 of this participant is already stored with different answers")
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("wave"));
    }

    @Test
    void rejects_a_reimport_with_an_item_fewer() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> OneSubmissionPerWave.decide(STORED, 2, "imp-9", SubmissionSource.IMPORT,
                        Map.of("respect_1", 5)));
    }
}
