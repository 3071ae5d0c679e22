package org.haven.analytics.report;

import org.haven.analytics.contacts.ContactsCsv;
import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.StatisticRow;
import org.haven.instrument.Instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * report.html: one self-contained page (inline CSS, charts as PNG {@code data:} URIs) with the trajectories,
 * reliability, change, the growth model and responses per wave, rendered from the templates under
 * {@code templates/report/}. Every figure cell carries the exact statistics.csv value in {@code data-value} (as
 * {@link CsvNumbers#format}) with {@code data-statistic}, {@code data-subscale}, {@code data-wave} and
 * {@code data-item}, so the page can be checked against statistics.csv. Figures not shown in one of the tables
 * are listed at the end, so that every row appears.
 */
public final class ReportHtml {

    public static final String FILE_NAME = "report.html";

    private ReportHtml() {
    }

    /**
     * @param instruments the instrument versions the responses answered: the report names their scale
     * @param contacts    contacts.csv's rows for the "Contacts and responses" section, or null (no contacts)
     */
    public static void write(List<StatisticRow> rows, Manifest manifest, List<Instrument> instruments,
                             List<ContactsCsv.Row> contacts, Path file) throws IOException {
        Files.writeString(file, render(rows, manifest, instruments, contacts), StandardCharsets.UTF_8);
    }

    public static void write(List<StatisticRow> rows, Manifest manifest, Path file) throws IOException {
        write(rows, manifest, List.of(), null, file);
    }

    public static String render(List<StatisticRow> rows, Manifest manifest, List<Instrument> instruments,
                                List<ContactsCsv.Row> contacts) {
        return ReportTemplates.render(ReportModel.of(rows, manifest, instruments, contacts));
    }

    public static String render(List<StatisticRow> rows, Manifest manifest) {
        return render(rows, manifest, List.of(), null);
    }
}
