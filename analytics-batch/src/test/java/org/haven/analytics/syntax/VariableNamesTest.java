package org.haven.analytics.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VariableNamesTest {

    @Test
    void ids_that_are_variable_names_everywhere_keep_their_name_and_nothing_is_mapped() {
        var names = VariableNames.of(List.of("respect_1", "respect_3", "Trust_2"), Set.of("respect_3"));

        assertThat(names.of("respect_1")).isEqualTo("respect_1");
        assertThat(names.of("Trust_2")).isEqualTo("Trust_2");
        assertThat(names.reversedOf("respect_3")).isEqualTo("respect_3_r");
        assertThat(names.mapped()).isEmpty();
        assertThatThrownBy(() -> names.reversedOf("respect_1")).hasMessageContaining("no reverse-keyed copy");
    }

    @Test
    void characters_no_package_allows_and_a_leading_non_letter_are_mapped() {
        var names = VariableNames.of(List.of("=1+1", "2nd", "_x", "caf\u00e9"), Set.of());

        assertThat(names.mapped()).containsExactly(entry("=1+1", "v_1_1"), entry("2nd", "v2nd"), entry("_x", "v_x"),
                entry("caf\u00e9", "caf_"));
    }

    @Test
    void words_reserved_in_spss_r_or_stata_and_the_dataset_columns_are_mapped_whatever_their_case() {
        var names = VariableNames.of(List.of("to", "TRUE", "byte", "str12", "Wave", "pid", "NA", "with"), Set.of());

        assertThat(names.mapped()).containsExactly(entry("to", "to_1"), entry("TRUE", "TRUE_1"),
                entry("byte", "byte_1"), entry("str12", "str12_1"), entry("Wave", "Wave_1"), entry("pid", "pid_1"),
                entry("NA", "NA_1"), entry("with", "with_1"));
    }

    @Test
    void names_differing_only_in_case_or_clashing_with_a_reverse_keyed_copy_are_told_apart() {
        var names = VariableNames.of(List.of("calm", "CALM", "calm_1", "calm_r"), Set.of("calm"));

        assertThat(names.of("calm")).isEqualTo("calm");
        assertThat(names.reversedOf("calm")).isEqualTo("calm_r");
        assertThat(names.of("CALM")).isEqualTo("CALM_1");
        assertThat(names.of("calm_1")).isEqualTo("calm_1_1");
        assertThat(names.of("calm_r")).isEqualTo("calm_r_1");
    }

    @Test
    void long_ids_are_cut_so_that_the_reverse_keyed_copy_fits_statas_32_characters() {
        String forty = "a_very_long_item_identifier_of_forty_chr";
        var names = VariableNames.of(List.of(forty, forty + "_2"), Set.of(forty, forty + "_2"));

        assertThat(names.of(forty)).isEqualTo(forty.substring(0, 30)).hasSize(30);
        assertThat(names.reversedOf(forty)).hasSize(32);
        assertThat(names.of(forty + "_2")).isEqualTo(forty.substring(0, 28) + "_1");
        assertThat(names.reversedOf(forty + "_2")).hasSizeLessThanOrEqualTo(32);
    }

    private static java.util.Map.Entry<String, String> entry(String id, String name) {
        return java.util.Map.entry(id, name);
    }
}
