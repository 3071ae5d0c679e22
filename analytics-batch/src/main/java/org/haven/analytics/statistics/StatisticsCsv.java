package org.haven.analytics.statistics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes statistics.csv (docs/data-formats.md): UTF-8 without BOM, LF line ends, RFC 4180 quoting. */
public final class StatisticsCsv {

    public static final String FILE_NAME = "statistics.csv";

    /** RFC 4180 with LF records: Commons CSV's RFC4180 and DEFAULT formats end records with CRLF. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private static final String[] HEADER = {"statistic", "subscale", "item", "wave", "value"};

    private StatisticsCsv() {
    }

    /** Writes {@code rows} to {@code file}, replacing it. */
    public static void write(List<StatisticRow> rows, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(rows, out);
        }
    }

    public static void write(List<StatisticRow> rows, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord((Object[]) HEADER);
        for (StatisticRow row : rows) {
            Statistic.of(row.statistic()); // only registered figures: the registry is the file's list of statistics
            // statistic and wave are Haven's own words and numbers; subscale and item ids come from the instrument
            printer.printRecord(row.statistic(), CsvText.cell(row.subscale()), CsvText.cell(row.item()), row.wave(),
                    CsvNumbers.format(row.value()));
        }
        printer.flush();
    }
}
