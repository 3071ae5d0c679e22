package org.haven.survey.submission;

import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.haven.survey.problem.Violation;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerRulesTest {

    private static final Instrument ESTI = InstrumentLoader.esti();

    /** pulse_1 required, pulse_2 and pulse_3 optional, all on a 0..4 scale. */
    private static final Instrument PULSE = new Instrument("pulse", 3, "Pulse check",
            List.of(new Scale("zero4", 0, 4, List.of(new ValueLabel(0, "never"), new ValueLabel(1, "rarely"),
                    new ValueLabel(2, "sometimes"), new ValueLabel(3, "often"), new ValueLabel(4, "always")))),
            List.of(new Subscale("pulse", "closeness")),
            List.of(new Item("pulse_1", "pulse", "We talked.", false, "zero4", true),
                    new Item("pulse_2", "pulse", "We laughed.", false, "zero4", false),
                    new Item("pulse_3", "pulse", "We argued.", true, "zero4", false)),
            List.of());

    // --- check -------------------------------------------------------------------------------------

    @Test
    void accepts_answers_within_the_scale_with_skipped_items_left_out() {
        assertThat(AnswerRules.check(ESTI, Map.of("respect_1", 1, "listening_4", 4, "trust_5", 7))).isEmpty();
    }

    @Test
    void accepts_every_esti_item_answered() {
        Map<String, Integer> all = new HashMap<>();
        ESTI.items().forEach(item -> all.put(item.id(), 4));
        assertThat(all).hasSize(36);
        assertThat(AnswerRules.check(ESTI, all)).isEmpty();
    }

    @Test
    void rejects_empty_answers_with_one_violation_on_answers() {
        assertThat(AnswerRules.check(ESTI, Map.of()))
                .containsExactly(new Violation("answers", "at least one item must be answered"));
    }

    @Test
    void rejects_missing_answers_with_one_violation_on_answers() {
        assertThat(AnswerRules.check(ESTI, null))
                .containsExactly(new Violation("answers", "at least one item must be answered"));
    }

    @Test
    void empty_answers_do_not_also_report_each_required_item() {
        assertThat(AnswerRules.check(PULSE, Map.of()))
                .containsExactly(new Violation("answers", "at least one item must be answered"));
    }

    @Test
    void names_an_unknown_item_with_the_instrument_and_version() {
        assertThat(AnswerRules.check(ESTI, Map.of("respect_1", 4, "respekt_1", 4)))
                .containsExactly(new Violation("answers.respekt_1", "unknown item 'respekt_1' in instrument esti version 1"));
    }

    @Test
    void rejects_a_value_below_the_scale() {
        assertThat(AnswerRules.check(ESTI, Map.of("respect_1", 0)))
                .containsExactly(new Violation("answers.respect_1", "value 0 is outside the scale 1 to 7"));
    }

    @Test
    void rejects_a_value_above_the_scale() {
        assertThat(AnswerRules.check(ESTI, Map.of("respect_1", 8)))
                .containsExactly(new Violation("answers.respect_1", "value 8 is outside the scale 1 to 7"));
    }

    @Test
    void uses_the_scale_of_the_item_not_a_fixed_range() {
        assertThat(AnswerRules.check(PULSE, Map.of("pulse_1", 0))).isEmpty();
        assertThat(AnswerRules.check(PULSE, Map.of("pulse_1", 5)))
                .containsExactly(new Violation("answers.pulse_1", "value 5 is outside the scale 0 to 4"));
    }

    @Test
    void rejects_a_null_value_asking_to_leave_the_item_out() {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("respect_1", null);
        assertThat(AnswerRules.check(ESTI, answers))
                .containsExactly(new Violation("answers.respect_1", "leave a skipped item out instead of sending null"));
    }

    @Test
    void rejects_answers_without_a_required_item() {
        assertThat(AnswerRules.check(PULSE, Map.of("pulse_2", 3)))
                .containsExactly(new Violation("answers.pulse_1", "item pulse_1 is required"));
    }

    @Test
    void accepts_answers_with_only_the_required_item() {
        assertThat(AnswerRules.check(PULSE, Map.of("pulse_1", 2))).isEmpty();
    }

    @Test
    void reports_every_problem_at_once() {
        assertThat(AnswerRules.check(PULSE, Map.of("pulse_2", 9, "pulse_9", 1)))
                .containsExactlyInAnyOrder(
                        new Violation("answers.pulse_2", "value 9 is outside the scale 0 to 4"),
                        new Violation("answers.pulse_9", "unknown item 'pulse_9' in instrument pulse version 3"),
                        new Violation("answers.pulse_1", "item pulse_1 is required"));
    }

    // --- checkAnswer -------------------------------------------------------------------------------

    @Test
    void check_answer_accepts_the_bounds_of_the_scale() {
        assertThat(AnswerRules.checkAnswer(ESTI, "trust_1", 1)).isEmpty();
        assertThat(AnswerRules.checkAnswer(ESTI, "trust_1", 7)).isEmpty();
    }

    @Test
    void check_answer_names_the_field_of_a_value_out_of_range() {
        assertThat(AnswerRules.checkAnswer(ESTI, "trust_1", -3))
                .contains(new Violation("answers.trust_1", "value -3 is outside the scale 1 to 7"));
    }

    @Test
    void check_answer_reports_an_unknown_item_before_looking_at_its_value() {
        assertThat(AnswerRules.checkAnswer(ESTI, "nope", null))
                .contains(new Violation("answers.nope", "unknown item 'nope' in instrument esti version 1"));
    }

    @Test
    void check_answer_rejects_null_for_a_known_item() {
        assertThat(AnswerRules.checkAnswer(ESTI, "trust_1", null))
                .contains(new Violation("answers.trust_1", "leave a skipped item out instead of sending null"));
    }
}
