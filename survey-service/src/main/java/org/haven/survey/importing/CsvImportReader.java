package org.haven.survey.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an import file into rows, or refuses the whole file: UTF-8 only (a BOM is accepted), LF or CRLF,
 * a header with exactly the columns participant_ref, wave, item_id, value and optionally completed_on, in
 * any order.
 */
public final class CsvImportReader {

    static final List<String> REQUIRED = List.of("participant_ref", "wave", "item_id", "value");
    static final String COMPLETED_ON = "completed_on";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvImportReader() {
    }

    public static List<ImportRow> read(byte[] file) {
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportFileException(HttpStatus.BAD_REQUEST,
                    "the file is empty: expected a header row " + String.join(",", REQUIRED));
        }
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<ImportRow> rows = new ArrayList<>();
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                rows.add(row(record, columns, lines.lineOf(record.getCharacterPosition())));
            }
            if (rows.isEmpty()) {
                throw new ImportFileException(HttpStatus.BAD_REQUEST,
                        "the file has a header but no rows: nothing to import");
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw notCsv(e);
        } catch (IOException e) {
            throw notCsv(e);
        }
    }

    /** Commons CSV's message without the exception class names it carries when wrapped. */
    private static ImportFileException notCsv(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String reason = String.valueOf(cause.getMessage());
        if (reason.contains("EOF reached before encapsulated token finished")) {
            reason = reason.replace("EOF reached before encapsulated token finished",
                    "a quoted field starting on this line is never closed (a missing \" ?)");
        }
        return new ImportFileException(HttpStatus.BAD_REQUEST, "the file is not valid CSV: " + reason);
    }

    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException(HttpStatus.BAD_REQUEST,
                    "the file is not UTF-8 text; save it as CSV UTF-8 and import it again");
        }
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            if (!REQUIRED.contains(name) && !COMPLETED_ON.equals(name)) {
                problems.add("unknown column '" + name + "'");
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add("column '" + name + "' appears twice");
            }
        }
        REQUIRED.stream().filter(name -> !columns.containsKey(name))
                .forEach(name -> problems.add("missing column '" + name + "'"));
        if (!problems.isEmpty()) {
            throw new ImportFileException(HttpStatus.BAD_REQUEST, "wrong header row: " + String.join("; ", problems)
                    + " (expected the columns " + String.join(",", REQUIRED) + " and optionally " + COMPLETED_ON
                    + ", in any order)");
        }
        return columns;
    }

    private static ImportRow row(CSVRecord record, Map<String, Integer> columns, long line) {
        if (record.size() != columns.size()) {
            return ImportRow.malformed(line, "expected " + columns.size() + " fields as in the header, found "
                    + record.size());
        }
        Integer completedOn = columns.get(COMPLETED_ON);
        return new ImportRow(line, record.get(columns.get("participant_ref")), record.get(columns.get("wave")),
                record.get(columns.get("item_id")), record.get(columns.get("value")),
                completedOn == null ? null : record.get(completedOn));
    }

    /** Maps a character offset to its physical line (1-based), so a quoted multi-line field keeps its start line. */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(long position) {
            // Commons CSV gives a record's position before the empty lines it skipped to reach it.
            int offset = (int) position;
            while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
                offset++;
            }
            int index = Arrays.binarySearch(starts, offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
