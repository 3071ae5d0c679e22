package org.haven.analytics.contacts;

import org.haven.analytics.statistics.CsvNumbers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * contacts.csv ({@code wave,measure,ordinal,value}), written only for a study with contact events: per wave, in
 * this order, invited; reminded (ordinal: the reminder's number); responded (ordinal: how many reminders the
 * participant had received when they answered: 0, 1, ...); failed; opted_out; median_days_to_response (from the
 * invitation's UTC date to the completion date; ordinal empty, value empty when nobody answered). Numbers as in
 * statistics.csv.
 */
public final class ContactsCsv {

    public static final String FILE_NAME = "contacts.csv";

    /** One line of the file; {@code ordinal} null where the measure has none. */
    public record Row(int wave, String measure, Integer ordinal, Number value) {
    }

    private ContactsCsv() {
    }

    public static List<Row> rows(ContactTally tally) {
        List<Row> rows = new ArrayList<>();
        tally.waves().forEach((wave, figures) -> {
            rows.add(new Row(wave, "invited", null, figures.invited));
            figures.reminded.forEach((ordinal, count) -> rows.add(new Row(wave, "reminded", ordinal, count)));
            figures.responded.forEach((ordinal, count) -> rows.add(new Row(wave, "responded", ordinal, count)));
            rows.add(new Row(wave, "failed", null, figures.failed));
            rows.add(new Row(wave, "opted_out", null, figures.optedOut));
            rows.add(new Row(wave, "median_days_to_response", null, median(figures.daysToResponse)));
        });
        return rows;
    }

    public static void write(List<Row> rows, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("wave,measure,ordinal,value\n");
        for (Row row : rows) {
            csv.append(row.wave()).append(',').append(row.measure()).append(',')
                    .append(row.ordinal() == null ? "" : row.ordinal().toString()).append(',')
                    .append(CsvNumbers.format(row.value())).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /** The middle value, or the mean of the two middle ones; null for no values. */
    static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(middle));
        }
        return BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.UNNECESSARY);
    }
}
