package org.haven.survey.contact;

import org.haven.survey.problem.BadInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkCsvTest {

    @Test
    void numbers_lines_as_a_spreadsheet_shows_them_also_after_blank_lines_and_quoted_breaks() {
        var lines = BulkCsv.read(bytes("time_zone,email\r\nUTC,a@example.org\r\n\r\n\"Europe/Berlin\",\"b@exa\nmple\"\r\n"
                + ",c@example.org\r\n"));

        assertThat(lines).extracting(BulkCsv.Line::line).containsExactly(2L, 4L, 6L);
        assertThat(lines.get(0).timeZone()).isEqualTo("UTC");
        assertThat(lines.get(2).email()).isEqualTo("c@example.org");
    }

    @Test
    void refuses_a_wrong_header_without_repeating_any_address() {
        assertThatThrownBy(() -> BulkCsv.read(bytes("ana@example.org\nben@example.org\n")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("wrong header row")
                .hasMessageNotContaining("ben@");
        assertThatThrownBy(() -> BulkCsv.read(bytes("email,email\nx@example.org,y@example.org\n")))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> BulkCsv.read(bytes("email\n\"never closed\n")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not valid CSV");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
