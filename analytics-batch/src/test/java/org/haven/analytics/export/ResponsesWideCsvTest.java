package org.haven.analytics.export;

import org.haven.analytics.answers.StudyResponses;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponsesWideCsvTest {

    @TempDir
    Path folder;

    @Test
    void has_one_column_per_item_of_any_version_in_codebook_order_and_empty_fields_for_items_not_answered()
            throws IOException {
        Path file = folder.resolve(ResponsesWideCsv.FILE_NAME);

        ResponsesWideCsv.write(TinyStudy.study(), file);

        // Columns: v1's items in its order, then respect_4, new in v2 (where it sits between respect_2 and
        // respect_3r). Empty: A w2 skipped respect_3r, B w1 skipped listening_2r, v1 has no respect_4.
        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,respect_1,respect_2,respect_3r,listening_1,listening_2r,respect_4
                0a1b2c3d4e5f6071,1,3,5,2,3,1,
                0a1b2c3d4e5f6071,2,5,4,,2,2,
                1f2e3d4c5b6a7980,1,1,2,5,5,,
                1f2e3d4c5b6a7980,2,2,2,4,4,3,2
                """);
    }

    @Test
    void the_columns_follow_the_version_numbers_not_the_order_the_versions_are_listed_in() throws IOException {
        Path file = folder.resolve(ResponsesWideCsv.FILE_NAME);
        var study = new StudyResponses(List.of(TinyStudy.v2(), TinyStudy.v1()), List.of());

        ResponsesWideCsv.write(study, file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,respect_1,respect_2,respect_3r,listening_1,listening_2r,respect_4
                """);
    }

    @Test
    void quotes_an_item_id_holding_a_comma_or_a_quote_as_rfc_4180_says() throws IOException {
        Path file = folder.resolve(ResponsesWideCsv.FILE_NAME);
        var odd = new Instrument("odd", 1, "odd", List.of(new Scale("five", 1, 5, List.of())),
                List.of(new Subscale("s", "s")),
                List.of(new Item("calm, mostly", "s", "text", false, "five", false),
                        new Item("say \"no\"", "s", "text", false, "five", false)),
                List.of());
        var study = new StudyResponses(List.of(odd),
                List.of(TinyStudy.response("0a1b2c3d4e5f6071", 1, odd, "calm, mostly", 4, "say \"no\"", 2)));

        ResponsesWideCsv.write(study, file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,"calm, mostly","say ""no""\"
                0a1b2c3d4e5f6071,1,4,2
                """);
    }

    @Test
    void an_answer_to_an_item_the_version_answered_does_not_have_fails_the_write() {
        Path file = folder.resolve(ResponsesWideCsv.FILE_NAME);
        // respect_4 exists only in v2, so it is a column, but this response answered v1
        var study = new StudyResponses(List.of(TinyStudy.v1(), TinyStudy.v2()),
                List.of(TinyStudy.response("0a1b2c3d4e5f6071", 1, TinyStudy.v1(), "respect_1", 3, "respect_4", 2)));

        assertThatThrownBy(() -> ResponsesWideCsv.write(study, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participant 0a1b2c3d4e5f6071 wave 1: item respect_4 is not in tiny v1");
    }

    @Test
    void two_responses_of_one_participant_at_one_wave_fail_the_write() {
        Path file = folder.resolve(ResponsesWideCsv.FILE_NAME);
        var study = new StudyResponses(List.of(TinyStudy.v1()), List.of(
                TinyStudy.response("0a1b2c3d4e5f6071", 1, TinyStudy.v1(), "respect_1", 3),
                TinyStudy.response("0a1b2c3d4e5f6071", 1, TinyStudy.v1(), "respect_1", 4)));

        assertThatThrownBy(() -> ResponsesWideCsv.write(study, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two responses at wave 1");
    }

    @Test
    void neutralises_a_column_name_a_spreadsheet_would_run_as_a_formula_and_leaves_negative_values_alone()
            throws IOException {
        Path file = folder.resolve(ResponsesWideCsv.FILE_NAME);

        ResponsesWideCsv.write(FormulaStudy.study(), file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,'=1+1,calm_2,trust_1,trust_2,trust_3
                0a1b2c3d4e5f6071,1,-3,-2,-1,0,1
                1f2e3d4c5b6a7980,1,-1,0,3,3,3
                """);
    }
}
