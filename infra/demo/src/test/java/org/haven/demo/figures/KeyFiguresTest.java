package org.haven.demo.figures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key figures and run facts come from run-summary.json as the batch writes it. */
class KeyFiguresTest {

    // as the batch writes it: figures named as in statistics.csv, per-wave ones by wave, undefined ones null
    private static final String SUMMARY = """
            {
              "runId" : "20270101T000000Z-abc",
              "runFolder" : "/data/runs/20270101T000000Z-abc",
              "study" : "study-7",
              "waves" : [ 1, 2, 3 ],
              "scores" : [ {
                "id" : "respect",
                "composite" : false,
                "figures" : {
                  "n" : { "1" : 40, "2" : 34, "10" : 30 },
                  "mean" : { "1" : 5.0999999999999996, "2" : 4.5, "10" : 4.6500000000000004 },
                  "cronbach_alpha" : { "1" : 0.81, "2" : null, "10" : 0.86 },
                  "paired_mean_diff" : -0.25,
                  "paired_p" : 0.01,
                  "cohen_dz" : null,
                  "slope_n" : 25,
                  "slope_mean" : -0.05,
                  "slope_sd" : 0.5
                }
              }, {
                "id" : "safety",
                "composite" : true,
                "figures" : {
                  "n" : { "1" : 40 },
                  "mean" : { "1" : 4 },
                  "paired_mean_diff" : null,
                  "paired_p" : null,
                  "cohen_dz" : null,
                  "slope_n" : 0,
                  "slope_mean" : null,
                  "slope_sd" : null
                }
              } ],
              "analysis" : {
                "scoringAndStatisticsMillis" : 120,
                "filesMillis" : 45,
                "growthModelMillis" : 7
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void prints_one_line_per_score_from_the_run_summary() throws IOException {
        String printed = print(KeyFigures::print);

        // waves in numeric order (10 after 2); slope SE = 0.5 / sqrt(25) = 0.1; alpha over the defined waves
        assertThat(printed).contains(String.format("%-14s %-22s %7s %7s %-11s %-16s %7s %6s", "respect", "40/34/30",
                "5.10", "4.65", "0.81-0.86", "-0.050 (0.100)", "-0.25", "-"));
        assertThat(printed).contains(String.format("%-14s %-22s %7s %7s %-11s %-16s %7s %6s", "safety", "40",
                "4.00", "4.00", "-", "-", "-", "-"));
    }

    @Test
    void prints_the_run_folder_and_timings_for_scripts() throws IOException {
        String printed = print(KeyFigures::printFacts);

        assertThat(printed.lines()).containsExactly("run_id=20270101T000000Z-abc",
                "run_folder=/data/runs/20270101T000000Z-abc", "study=study-7", "scoring_and_statistics_ms=120",
                "files_ms=45", "growth_model_ms=7");
    }

    @Test
    void a_file_that_is_not_a_run_summary_is_refused() throws IOException {
        Path file = dir.resolve("statistics.csv");
        Files.writeString(file, "{\"statistic\": 1}");

        assertThatThrownBy(() -> KeyFigures.read(file)).hasMessageContaining("not a run-summary.json");
    }

    private String print(BiConsumer<KeyFigures, PrintStream> printer) throws IOException {
        Path file = dir.resolve("run-summary.json");
        Files.writeString(file, SUMMARY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        printer.accept(KeyFigures.read(file), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
