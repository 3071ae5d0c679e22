package org.haven.instrument;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids become column names of the datasets and variable names in R, SPSS and Stata. */
class InstrumentIdsTest {

    private static final String RULE = " must start with a letter and contain only letters, digits and _";
    private static final Scale TWO = new Scale("two", 1, 2, List.of(new ValueLabel(1, "no"), new ValueLabel(2, "yes")));

    @Test
    void letters_digits_and_underscores_starting_with_a_letter_are_ids() {
        assertThat(List.of("a", "respect_1", "Respect1_b", "trust__2", "X9")).allMatch(InstrumentIds::isValid);
    }

    @Test
    void anything_else_is_not_an_id() {
        assertThat(java.util.Arrays.asList("=1+1", "+a", "-a", "@a", "\ta", "\ra", "_a", "1a", "a b", "a-b", "a.b",
                "caf\u00e9", "", " ", null)).noneMatch(InstrumentIds::isValid);
    }

    @Test
    void each_problem_names_the_json_path_of_the_id_it_concerns() {
        var instrument = new Instrument("my instrument", 1, "t", List.of(TWO),
                List.of(new Subscale("calm", "calm"), new Subscale("@calm", "calm again")),
                List.of(new Item("=1+1", "calm", "one", false, "two", false),
                        new Item("calm_2", "calm", "two", false, "two", false),
                        new Item("calm-3", "@calm", "three", false, "two", false),
                        new Item("calm_4", "@calm", "four", false, "two", false)),
                List.of(new Composite("ok", "fine", List.of("calm")), new Composite("2nd", "", List.of("calm"))));

        assertThat(InstrumentValidator.findings(instrument)).containsExactly(
                new InstrumentProblem("id", "instrument id 'my instrument'" + RULE),
                new InstrumentProblem("subscales[1].id", "subscale id '@calm'" + RULE),
                new InstrumentProblem("items[0].id", "item id '=1+1'" + RULE),
                new InstrumentProblem("items[2].id", "item id 'calm-3'" + RULE),
                new InstrumentProblem("composites[1].id", "composite id '2nd'" + RULE));
    }

    @Test
    void a_missing_id_is_reported_once_as_missing_not_again_as_breaking_the_rule() {
        var instrument = new Instrument("mini", 1, "t", List.of(TWO), List.of(new Subscale("calm", "calm")),
                List.of(new Item(" ", "calm", "one", false, "two", false),
                        new Item("calm_2", "calm", "two", false, "two", false)),
                List.of());

        assertThat(InstrumentValidator.findings(instrument)).containsExactly(
                new InstrumentProblem("", "item #1 has no id"));
    }
}
