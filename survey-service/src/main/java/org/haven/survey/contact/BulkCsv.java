package org.haven.survey.contact;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.survey.problem.BadInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a bulk-enrollment file: UTF-8 (a BOM is accepted), a header with the column {@code email} and optionally
 * {@code time_zone}, one participant per line. A fault of the whole file is refused with a 400; what is wrong with
 * one line is that line's business (see {@link BulkEnrollment}). Error messages never repeat a cell: they are
 * addresses.
 */
final class BulkCsv {

    static final String EMAIL = "email";
    static final String TIME_ZONE = "time_zone";
    static final String FIELD = "file";

    /** One data line: {@code line} is its physical line number in the file, counting the header as line 1. */
    record Line(long line, String email, String timeZone, String problem) {
        @Override
        public String toString() {
            return "Line[" + line + ", email=(redacted), timeZone=" + timeZone + ", problem=" + problem + "]";
        }
    }

    // blank lines come back as records, so the parser's line count before each record is its physical line
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private BulkCsv() {
    }

    static List<Line> read(byte[] file) {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new java.io.StringReader(utf8(file)))) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> columns = null;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record);
                } else {
                    lines.add(line(record, columns, line));
                }
            }
            if (columns == null || lines.isEmpty()) {
                throw new BadInputException(FIELD, "no participants: expected a header row with the column " + EMAIL
                        + " (and optionally " + TIME_ZONE + "), then one line per participant");
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadInputException(FIELD, "not valid CSV (a quoted field that is never closed?)");
        }
    }

    private static String utf8(byte[] file) {
        int start = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, start, file.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(FIELD, "not UTF-8 text; save it as CSV UTF-8 and send it again");
        }
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (!EMAIL.equals(name) && !TIME_ZONE.equals(name)) {
                problems.add("unknown column '" + name + "'");
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add("column '" + name + "' appears twice");
            }
        }
        if (!columns.containsKey(EMAIL)) {
            problems.add("missing column '" + EMAIL + "'");
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(FIELD, "wrong header row: " + String.join("; ", problems)
                    + " (expected the column " + EMAIL + " and optionally " + TIME_ZONE + ")");
        }
        return columns;
    }

    private static Line line(CSVRecord record, Map<String, Integer> columns, long line) {
        if (record.size() != columns.size()) {
            return new Line(line, null, null, "expected " + columns.size() + " fields as in the header, found "
                    + record.size());
        }
        Integer zone = columns.get(TIME_ZONE);
        return new Line(line, record.get(columns.get(EMAIL)), zone == null ? null : record.get(zone), null);
    }
}
