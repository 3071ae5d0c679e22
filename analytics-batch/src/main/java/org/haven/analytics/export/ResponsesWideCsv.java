package org.haven.analytics.export;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.scoring.InstrumentVersions;
import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.CsvText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * responses_wide.csv (docs/data-formats.md): {@code pid,wave}, then one column per item id of every instrument
 * version in {@link StudyResponses#instruments()} (the union, in codebook order); one row per participant-wave,
 * by pid then wave; raw values, an empty field for a skipped item or one the version answered does not have.
 */
public final class ResponsesWideCsv {

    public static final String FILE_NAME = "responses_wide.csv";

    private ResponsesWideCsv() {
    }

    /** Writes {@code study}'s responses to {@code file}, replacing it. */
    public static void write(StudyResponses study, Path file) throws IOException {
        InstrumentVersions versions = new InstrumentVersions(study.instruments());
        List<String> itemIds = CodebookOrder.itemIds(study.instruments());
        List<String> header = new ArrayList<>(List.of("pid", "wave"));
        itemIds.forEach(id -> header.add(CsvText.cell(id)));
        try (CsvRows csv = new CsvRows(file)) {
            csv.row(header);
            for (Response response : AnsweredItems.byPidThenWave(study.responses())) {
                Map<String, Integer> answers = AnsweredItems.inInstrumentOrder(response,
                        versions.of(response.instrumentId(), response.instrumentVersion()));
                List<String> row = new ArrayList<>(header.size());
                row.add(response.pid());
                row.add(CsvNumbers.format(response.wave()));
                itemIds.forEach(id -> row.add(CsvNumbers.format(answers.get(id))));
                csv.row(row);
            }
        }
    }
}
