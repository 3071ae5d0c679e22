package org.haven.analytics.export;

import org.haven.analytics.answers.StudyResponses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponsesLongCsvTest {

    @TempDir
    Path folder;

    @Test
    void writes_raw_values_of_answered_items_in_the_order_of_the_version_answered_with_days_since_enrollment()
            throws IOException {
        Path file = folder.resolve(ResponsesLongCsv.FILE_NAME);

        ResponsesLongCsv.write(TinyStudy.study(), TinyStudy.dates(), file);

        // Reverse items keep their raw values (respect_3r 2, 5, 4); skipped items have no row; B's wave 2 answered
        // v2, whose order puts respect_4 before respect_3r. Days: A 0 and 14; B enrolled 2027-03-01 in UTC, so
        // 2027-03-02 is day 1 and 2027-03-29 day 28.
        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,item_id,value,days_since_enrollment
                0a1b2c3d4e5f6071,1,respect_1,3,0
                0a1b2c3d4e5f6071,1,respect_2,5,0
                0a1b2c3d4e5f6071,1,respect_3r,2,0
                0a1b2c3d4e5f6071,1,listening_1,3,0
                0a1b2c3d4e5f6071,1,listening_2r,1,0
                0a1b2c3d4e5f6071,2,respect_1,5,14
                0a1b2c3d4e5f6071,2,respect_2,4,14
                0a1b2c3d4e5f6071,2,listening_1,2,14
                0a1b2c3d4e5f6071,2,listening_2r,2,14
                1f2e3d4c5b6a7980,1,respect_1,1,1
                1f2e3d4c5b6a7980,1,respect_2,2,1
                1f2e3d4c5b6a7980,1,respect_3r,5,1
                1f2e3d4c5b6a7980,1,listening_1,5,1
                1f2e3d4c5b6a7980,2,respect_1,2,28
                1f2e3d4c5b6a7980,2,respect_2,2,28
                1f2e3d4c5b6a7980,2,respect_4,2,28
                1f2e3d4c5b6a7980,2,respect_3r,4,28
                1f2e3d4c5b6a7980,2,listening_1,4,28
                1f2e3d4c5b6a7980,2,listening_2r,3,28
                """);
    }

    @Test
    void days_since_enrollment_counts_utc_calendar_days_not_elapsed_hours() {
        // 23:30 UTC on 1 March (00:30 on 2 March in Paris) to 2 March: 1 day although only an hour passed
        var lateEvening = ResponseDates.of("p", 1, Instant.parse("2027-03-02T00:30:00+01:00"), LocalDate.parse("2027-03-02"));
        // 00:30 UTC on 2 March (19:30 on 1 March in New York) to 2 March: day 0
        var earlyMorning = ResponseDates.of("p", 1, Instant.parse("2027-03-01T19:30:00-05:00"), LocalDate.parse("2027-03-02"));

        assertThat(lateEvening.enrolledOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(lateEvening.daysSinceEnrollment()).isEqualTo(1);
        assertThat(earlyMorning.enrolledOn()).isEqualTo(LocalDate.parse("2027-03-02"));
        assertThat(earlyMorning.daysSinceEnrollment()).isZero();
    }

    @Test
    void answers_imported_with_a_completion_date_before_enrollment_keep_their_negative_day_count() throws IOException {
        Path file = folder.resolve(ResponsesLongCsv.FILE_NAME);
        var study = new StudyResponses(List.of(TinyStudy.v1()),
                List.of(TinyStudy.response("0a1b2c3d4e5f6071", 1, TinyStudy.v1(), "listening_1", 4)));
        // enrolled 10 March, paper answers dated 7 March
        var dates = List.of(new ResponseDates("0a1b2c3d4e5f6071", 1, LocalDate.parse("2027-03-10"),
                LocalDate.parse("2027-03-07")));

        ResponsesLongCsv.write(study, dates, file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,item_id,value,days_since_enrollment
                0a1b2c3d4e5f6071,1,listening_1,4,-3
                """);
    }

    @Test
    void a_response_without_dates_fails_the_write_naming_it() {
        Path file = folder.resolve(ResponsesLongCsv.FILE_NAME);
        var datesOfWaveOneOnly = TinyStudy.dates().stream().filter(date -> date.wave() == 1).toList();

        assertThatThrownBy(() -> ResponsesLongCsv.write(TinyStudy.study(), datesOfWaveOneOnly, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participant 0a1b2c3d4e5f6071 wave 2");
    }

    @Test
    void neutralises_item_ids_a_spreadsheet_would_run_as_formulas_and_leaves_negative_values_alone()
            throws IOException {
        Path file = folder.resolve(ResponsesLongCsv.FILE_NAME);

        ResponsesLongCsv.write(FormulaStudy.study(), FormulaStudy.dates(), file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,item_id,value,days_since_enrollment
                0a1b2c3d4e5f6071,1,'=1+1,-3,0
                0a1b2c3d4e5f6071,1,calm_2,-2,0
                0a1b2c3d4e5f6071,1,trust_1,-1,0
                0a1b2c3d4e5f6071,1,trust_2,0,0
                0a1b2c3d4e5f6071,1,trust_3,1,0
                1f2e3d4c5b6a7980,1,'=1+1,-1,7
                1f2e3d4c5b6a7980,1,calm_2,0,7
                1f2e3d4c5b6a7980,1,trust_1,3,7
                1f2e3d4c5b6a7980,1,trust_2,3,7
                1f2e3d4c5b6a7980,1,trust_3,3,7
                """);
    }
}
