package org.haven.demo.submission;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A researcher's own long-format CSV (docs/data-formats.md), read only far enough to size the study: its highest
 * wave. Everything else (header, values, items) is the service's to check, so the file is sent unchanged and
 * the service's report lists what it rejects.
 */
public record ResponsesFile(byte[] content, int highestWave) {

    public static ResponsesFile read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int highest = 0;
        try (Reader reader = new StringReader(text);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreHeaderCase(true).setTrim(true).build().parse(reader)) {
            if (!csv.getHeaderMap().containsKey("wave")) {
                throw new IOException(file + " has no 'wave' column (header: participant_ref,wave,item_id,value"
                        + "[,completed_on])");
            }
            for (CSVRecord record : csv) {
                highest = Math.max(highest, wave(record));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(file + " is not a readable CSV file: " + e.getMessage(), e);
        }
        return new ResponsesFile(content, highest);
    }

    private static int wave(CSVRecord record) {
        if (!record.isSet("wave")) {
            return 0;
        }
        try {
            return Integer.parseInt(record.get("wave").strip());
        } catch (NumberFormatException notAWave) {
            return 0; // the service reports the row
        }
    }
}
