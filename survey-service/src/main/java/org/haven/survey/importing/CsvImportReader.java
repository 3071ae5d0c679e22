package org.haven.survey.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpStatus;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an import file row by row as it arrives, or refuses the whole file: UTF-8 only (a BOM is accepted), LF
 * or CRLF, a header with exactly the columns participant_ref, wave, item_id, value and optionally completed_on,
 * in any order. Nothing but the current record is held, whatever the file's size.
 */
public final class CsvImportReader {

    static final List<String> REQUIRED = List.of("participant_ref", "wave", "item_id", "value");
    static final String COMPLETED_ON = "completed_on";

    // Blank lines come back as records and are skipped here: the parser's line count before each record is then
    // the record's physical start line, where a parser skipping them itself reports the line before the gap.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvImportReader() {
    }

    /** The whole file at once, for callers that hold it anyway. */
    public static List<ImportRow> read(byte[] file) {
        List<ImportRow> rows = new ArrayList<>();
        read(new ByteArrayInputStream(file), rows::add);
        return rows;
    }

    /** Hands each data row to {@code rows} in file order; throws {@link ImportFileException} for a file fault. */
    public static void read(InputStream file, Consumer<ImportRow> rows) {
        try (CSVParser parser = FORMAT.parse(utf8(file))) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> columns = null;
            long count = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1; // before the iterator reads the next record
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
                    rows.accept(row(record, columns, line));
                    count++;
                }
            }
            if (columns == null) {
                throw new ImportFileException(HttpStatus.BAD_REQUEST,
                        "the file is empty: expected a header row " + String.join(",", REQUIRED));
            }
            if (count == 0) {
                throw new ImportFileException(HttpStatus.BAD_REQUEST,
                        "the file has a header but no rows: nothing to import");
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw notReadable(e);
        } catch (IOException e) {
            throw notReadable(e);
        }
    }

    private static Reader utf8(InputStream file) throws IOException {
        // the caller's stream stays open: a refused file is read to its end afterwards
        InputStream in = new BufferedInputStream(new FilterInputStream(file) {
            @Override
            public void close() {
            }
        }, 8192);
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Commons CSV's message without the exception class names it carries when wrapped. */
    private static ImportFileException notReadable(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return new ImportFileException(HttpStatus.BAD_REQUEST,
                    "the file is not UTF-8 text; save it as CSV UTF-8 and import it again");
        }
        String reason = String.valueOf(cause.getMessage());
        if (reason.contains("EOF reached before encapsulated token finished")) {
            reason = reason.replace("EOF reached before encapsulated token finished",
                    "a quoted field starting on this line is never closed (a missing \" ?)");
        }
        return new ImportFileException(HttpStatus.BAD_REQUEST, "the file is not valid CSV: " + reason);
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
}
