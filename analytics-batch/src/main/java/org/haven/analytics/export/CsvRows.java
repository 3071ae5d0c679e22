package org.haven.analytics.export;

import org.haven.analytics.statistics.CsvText;
import org.haven.analytics.statistics.StatisticsCsv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file of millions of rows in the format of every Haven CSV ({@link StatisticsCsv#FORMAT}). Commons CSV's
 * printer takes a lock and streams the values of every record, which made writing the response files most of a
 * 100,000-participant run. Here a field that the format would print as it is (printable ASCII, no delimiter or
 * quote, nothing its minimal quoting looks at) is appended directly; any other field goes through the format
 * itself, so quoting stays Commons CSV's. Records collect in a StringBuilder and reach the file in 64 KB pieces.
 */
final class CsvRows implements Closeable {

    private static final int FLUSH_AT = 1 << 16;

    private final Writer file;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);

    CsvRows(Path path) throws IOException {
        this.file = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }

    void row(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            field(values[i], i == 0);
        }
        endRecord();
    }

    void row(Iterable<?> values) throws IOException {
        boolean first = true;
        for (Object value : values) {
            field(value, first);
            first = false;
        }
        endRecord();
    }

    /**
     * A record of fields the caller has checked with {@link #printsAsItIs} (once per pid or item id; numbers
     * from CsvNumbers always do): appended without looking at them again.
     */
    void plainRow(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                buffer.append(StatisticsCsv.FORMAT.getDelimiterString());
            }
            buffer.append(fields[i]);
        }
        endRecord();
    }

    private void field(Object value, boolean first) throws IOException {
        if (value instanceof String text && printsAsItIs(text)) {
            if (!first) {
                buffer.append(StatisticsCsv.FORMAT.getDelimiterString());
            }
            buffer.append(text);
        } else {
            StatisticsCsv.FORMAT.print(value, buffer, first);
        }
    }

    /**
     * An id met on millions of rows (an item or subscale id) as its cell: neutralised ({@link CsvText}) and checked
     * with {@link #printsAsItIs} once per id, not once per row.
     */
    record TextCell(String text, boolean plain) {

        static TextCell of(String id) {
            String text = CsvText.cell(id);
            return new TextCell(text, printsAsItIs(text));
        }
    }

    /** A subset of what minimal quoting leaves unquoted: the ids, codes and numbers of Haven's datasets. */
    static boolean printsAsItIs(String text) {
        if (text.isEmpty() || text.charAt(0) <= '#') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c > '~' || c == ',' || c == '"') {
                return false;
            }
        }
        return true;
    }

    private void endRecord() throws IOException {
        buffer.append(StatisticsCsv.FORMAT.getRecordSeparator());
        if (buffer.length() >= FLUSH_AT) {
            file.append(buffer);
            buffer.setLength(0);
        }
    }

    @Override
    public void close() throws IOException {
        try (file) {
            file.append(buffer);
            buffer.setLength(0);
        }
    }
}
