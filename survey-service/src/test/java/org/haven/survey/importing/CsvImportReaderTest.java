package org.haven.survey.importing;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvImportReaderTest {

    private static final String HEADER = "participant_ref,wave,item_id,value";
    private static final String HEADER_WITH_DATE = "participant_ref,wave,item_id,value,completed_on";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ImportFileException refused(byte[] file) {
        ImportFileException fault = catchThrowableOfType(ImportFileException.class, () -> CsvImportReader.read(file));
        assertThat(fault).as("the file should be refused as a whole").isNotNull();
        return fault;
    }

    // --- valid files -------------------------------------------------------------------------------

    @Test
    void reads_a_file_without_completed_on_leaving_the_date_null_and_empty_values_empty() {
        String file = HEADER + "\n"
                + "P-1,1,respect_1,5\n"
                + "P-1,1,respect_2,\n"
                + "P-2,2,trust_3,7\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, "P-1", "1", "respect_1", "5", null),
                new ImportRow(3, "P-1", "1", "respect_2", "", null),
                new ImportRow(4, "P-2", "2", "trust_3", "7", null));
    }

    @Test
    void reads_a_file_with_completed_on() {
        String file = HEADER_WITH_DATE + "\n"
                + "P-1,1,respect_1,5,2027-03-01\n"
                + "P-1,1,respect_2,3,\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, "P-1", "1", "respect_1", "5", "2027-03-01"),
                new ImportRow(3, "P-1", "1", "respect_2", "3", ""));
    }

    @Test
    void reads_rows_with_no_fault() {
        assertThat(CsvImportReader.read(utf8(HEADER + "\nP-1,1,respect_1,5\n")))
                .singleElement().satisfies(row -> assertThat(row.fault()).isNull());
    }

    @Test
    void reads_the_columns_in_any_order() {
        String file = "value,completed_on,item_id,wave,participant_ref\n"
                + "6,2027-02-28,listening_2,2,P-9\n";

        assertThat(CsvImportReader.read(utf8(file)))
                .containsExactly(new ImportRow(2, "P-9", "2", "listening_2", "6", "2027-02-28"));
    }

    @Test
    void refuses_a_header_only_file_as_having_nothing_to_import() {
        // most likely the wrong sheet was exported: saying so beats a silent "0 stored"
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvImportReader.read(utf8(HEADER + "\n")))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("no rows");
    }

    @Test
    void accepts_a_utf8_byte_order_mark_before_the_header() {
        byte[] text = utf8(HEADER + "\nP-1,1,respect_1,5\n");
        byte[] file = new byte[text.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(text, 0, file, 3, text.length);

        assertThat(CsvImportReader.read(file)).containsExactly(new ImportRow(2, "P-1", "1", "respect_1", "5", null));
    }

    @Test
    void accepts_crlf_line_ends_without_carriage_returns_in_the_values() {
        String file = HEADER_WITH_DATE + "\r\n"
                + "P-1,1,respect_1,5,2027-03-01\r\n"
                + "P-1,1,respect_2,,2027-03-01\r\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, "P-1", "1", "respect_1", "5", "2027-03-01"),
                new ImportRow(3, "P-1", "1", "respect_2", "", "2027-03-01"));
    }

    @Test
    void accepts_a_last_row_without_a_line_end() {
        assertThat(CsvImportReader.read(utf8(HEADER + "\nP-1,1,respect_1,5")))
                .containsExactly(new ImportRow(2, "P-1", "1", "respect_1", "5", null));
    }

    @Test
    void ignores_blank_trailing_lines() {
        String file = HEADER + "\n"
                + "P-1,1,respect_1,5\n"
                + "\n"
                + "\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(new ImportRow(2, "P-1", "1", "respect_1", "5", null));
    }

    @Test
    void ignores_blank_trailing_lines_with_crlf() {
        String file = HEADER + "\r\n"
                + "P-1,1,respect_1,5\r\n"
                + "\r\n"
                + "\r\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(new ImportRow(2, "P-1", "1", "respect_1", "5", null));
    }

    @Test
    void numbers_rows_by_physical_line_after_a_blank_line_in_the_middle() {
        String file = HEADER + "\n"
                + "P-1,1,respect_1,5\n"
                + "\n"
                + "P-1,1,respect_2,4\n"
                + "\r\n"
                + "\n"
                + "P-1,1,respect_3,3\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, "P-1", "1", "respect_1", "5", null),
                new ImportRow(4, "P-1", "1", "respect_2", "4", null),
                new ImportRow(7, "P-1", "1", "respect_3", "3", null));
    }

    @Test
    void a_quoted_field_spanning_lines_keeps_its_record_start_line_and_later_rows_keep_their_physical_lines() {
        String file = HEADER + "\n"                    // line 1
                + "P-1,1,respect_1,5\n"                  // line 2
                + "\"Smith,\nAnna\n(paper)\",1,respect_1,4\n" // lines 3-5
                + "P-2,1,respect_2,6\n"                  // line 6
                + "P-3,2,\"trust_1\",\"7\"\n";           // line 7

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, "P-1", "1", "respect_1", "5", null),
                new ImportRow(3, "Smith,\nAnna\n(paper)", "1", "respect_1", "4", null),
                new ImportRow(6, "P-2", "1", "respect_2", "6", null),
                new ImportRow(7, "P-3", "2", "trust_1", "7", null));
    }

    @Test
    void a_quoted_multi_line_field_with_crlf_keeps_the_physical_line_numbers() {
        String file = HEADER + "\r\n"                  // line 1
                + "\"P\r\n1\",1,respect_1,4\r\n"          // lines 2-3
                + "P-2,1,respect_2,6\r\n";               // line 4

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, "P\r\n1", "1", "respect_1", "4", null),
                new ImportRow(4, "P-2", "1", "respect_2", "6", null));
    }

    // --- rows that cannot be split into the header's columns ---------------------------------------

    @Test
    void a_row_with_too_few_fields_becomes_a_fault_row_with_its_line() {
        String file = HEADER + "\n"
                + "P-1,1,respect_1,5\n"
                + "P-1,1,respect_2\n"
                + "P-1,1,respect_3,2\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, "P-1", "1", "respect_1", "5", null),
                new ImportRow(3, null, null, null, null, null, "expected 4 fields as in the header, found 3"),
                new ImportRow(4, "P-1", "1", "respect_3", "2", null));
    }

    @Test
    void a_row_with_too_many_fields_becomes_a_fault_row_with_its_line() {
        String file = HEADER + "\n"
                + "P-1,1,respect_1,5,2027-03-01\n";

        assertThat(CsvImportReader.read(utf8(file))).containsExactly(
                new ImportRow(2, null, null, null, null, null, "expected 4 fields as in the header, found 5"));
    }

    // --- file-level faults -------------------------------------------------------------------------

    @Test
    void refuses_bytes_that_are_not_utf8() {
        byte[] file = {(byte) 0xFF, (byte) 0xFE, 0x00};

        ImportFileException fault = refused(file);

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("not UTF-8");
    }

    @Test
    void refuses_a_latin1_file_with_an_accented_letter() {
        byte[] file = (HEADER + "\nRené,1,respect_1,5\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(file).contains((byte) 0xE9);

        ImportFileException fault = refused(file);

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("not UTF-8");
    }

    @Test
    void accepts_an_accented_letter_written_as_utf8() {
        assertThat(CsvImportReader.read(utf8(HEADER + "\nRené,1,respect_1,5\n")))
                .containsExactly(new ImportRow(2, "René", "1", "respect_1", "5", null));
    }

    @Test
    void refuses_an_empty_file() {
        ImportFileException fault = refused(new byte[0]);

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("the file is empty");
    }

    @Test
    void refuses_a_file_of_blank_lines_or_only_a_byte_order_mark_as_empty() {
        assertThat(refused(utf8("\n\r\n\n")).getMessage()).contains("the file is empty");
        assertThat(refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).getMessage()).contains("the file is empty");
    }

    @Test
    void refuses_a_header_missing_the_value_column() {
        ImportFileException fault = refused(utf8("participant_ref,wave,item_id\nP-1,1,respect_1\n"));

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("missing column 'value'")
                .doesNotContain("missing column 'wave'");
    }

    @Test
    void refuses_a_header_with_an_unknown_column() {
        ImportFileException fault = refused(utf8(HEADER + ",comment\nP-1,1,respect_1,5,paper\n"));

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("unknown column 'comment'");
    }

    @Test
    void refuses_a_header_with_a_duplicate_column() {
        ImportFileException fault = refused(utf8(HEADER + ",wave\nP-1,1,respect_1,5,1\n"));

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("column 'wave' appears twice");
    }

    @Test
    void refuses_a_file_without_a_header_row_naming_the_missing_columns() {
        ImportFileException fault = refused(utf8("P-1,1,respect_1,5\n"));

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("unknown column 'P-1'", "missing column 'participant_ref'",
                "missing column 'wave'", "missing column 'item_id'", "missing column 'value'");
    }

    @Test
    void refuses_a_file_with_an_unterminated_quote() {
        ImportFileException fault = refused(utf8(HEADER + "\n\"P-1,1,respect_1,5\nP-2,1,respect_1,5\n"));

        assertThat(fault.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fault.getMessage()).contains("not valid CSV");
    }

    // --- streaming ---------------------------------------------------------------------------------

    @Test
    void reads_a_stream_row_by_row_and_numbers_rows_after_many_blank_lines_by_their_physical_line() {
        String head = HEADER + "\nP-1,1,respect_1,5\n";
        String tail = "P-1,1,respect_2,4\r\n";
        int blank = 200_000;
        java.io.InputStream file = new java.io.SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                new java.io.ByteArrayInputStream(utf8(head)), new RepeatedBytes("\n\r\n".getBytes(), blank / 2),
                new java.io.ByteArrayInputStream(utf8(tail)))));
        java.util.List<ImportRow> rows = new java.util.ArrayList<>();

        CsvImportReader.read(file, rows::add);

        assertThat(rows).containsExactly(
                new ImportRow(2, "P-1", "1", "respect_1", "5", null),
                new ImportRow(3 + blank, "P-1", "1", "respect_2", "4", null));
    }

    @Test
    void refuses_a_header_followed_only_by_blank_lines_as_having_no_rows() {
        assertThat(refused(utf8(HEADER + "\n\n   \n\r\n\n")).getMessage()).contains("no rows");
    }

    @Test
    void refuses_bytes_that_are_not_utf8_deep_in_the_file() {
        byte[] file = (HEADER + "\n" + "P-1,1,respect_1,5\n".repeat(5_000) + "Ren\u00e9,1,respect_1,5\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(file).getMessage()).contains("not UTF-8");
    }

    /** {@code times} copies of {@code unit}, generated as read. */
    private static final class RepeatedBytes extends java.io.InputStream {
        private final byte[] unit;
        private long left;
        private int at;

        RepeatedBytes(byte[] unit, long times) {
            this.unit = unit;
            this.left = times * unit.length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            byte b = unit[at];
            at = (at + 1) % unit.length;
            return b;
        }
    }
}
