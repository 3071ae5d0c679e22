package org.haven.analytics.export;

import org.apache.commons.csv.CSVPrinter;
import org.haven.analytics.statistics.StatisticsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    private static final List<List<Object>> ROWS = List.of(
            List.of("3f9a0c1d2e4b5a69", "1", "trust_1", "7", "-3"),
            Arrays.asList("", "plain", null, "with,comma", "with \"quote\""),
            List.of("#comment-like", " leading space", "trailing space ", "line\nbreak", "cr\rhere"),
            List.of("tab\tinside", "ünïcode", "0.33333333333333331", "", "-"),
            Arrays.asList(null, "a", "b", "c", "d"));

    @Test
    void writesTheSameBytesAsCommonsCsvsPrinter(@TempDir Path folder) throws Exception {
        Path ours = folder.resolve("ours.csv");
        try (CsvRows csv = new CsvRows(ours)) {
            for (List<Object> row : ROWS) {
                csv.row(row.toArray());
                csv.row(row);
            }
        }
        StringBuilder expected = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(expected, StatisticsCsv.FORMAT)) {
            for (List<Object> row : ROWS) {
                printer.printRecord(row);
                printer.printRecord(row);
            }
        }
        assertThat(Files.readString(ours, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void aFileLargerThanItsBufferArrivesWhole(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("big.csv");
        List<String> lines = new ArrayList<>();
        try (CsvRows csv = new CsvRows(file)) {
            for (int i = 0; i < 50_000; i++) {
                csv.row("pid" + i, String.valueOf(i % 10));
                lines.add("pid" + i + "," + i % 10);
            }
        }
        assertThat(Files.readAllLines(file)).isEqualTo(lines);
    }
}
