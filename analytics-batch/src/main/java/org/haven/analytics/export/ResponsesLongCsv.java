package org.haven.analytics.export;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.scoring.InstrumentVersions;
import org.haven.analytics.statistics.CsvNumbers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * responses_long.csv (docs/data-formats.md): {@code pid,wave,item_id,value,days_since_enrollment}, one row per
 * answered item with its raw value as answered (no reverse keying; skipped items have no row), sorted by pid,
 * wave, then item in the instrument order of the version answered.
 */
public final class ResponsesLongCsv {

    public static final String FILE_NAME = "responses_long.csv";

    private static final String[] HEADER = {"pid", "wave", "item_id", "value", "days_since_enrollment"};

    private ResponsesLongCsv() {
    }

    /**
     * Writes {@code study}'s responses to {@code file}, replacing it. {@code dates} must hold one entry per
     * participant-wave answered (more are ignored); a response without dates is a bug upstream and fails the write.
     */
    public static void write(StudyResponses study, Collection<ResponseDates> dates, Path file) throws IOException {
        InstrumentVersions versions = new InstrumentVersions(study.instruments());
        Map<PidWave, ResponseDates> datesByResponse = index(dates);
        Map<String, CsvRows.TextCell> itemCells = new HashMap<>();
        try (CsvRows csv = new CsvRows(file)) {
            csv.row((Object[]) HEADER);
            for (Response response : AnsweredItems.byPidThenWave(study.responses())) {
                ResponseDates when = datesByResponse.get(new PidWave(response.pid(), response.wave()));
                if (when == null) {
                    throw new IllegalArgumentException("no enrollment and completion dates for participant "
                            + response.pid() + " wave " + response.wave());
                }
                String days = CsvNumbers.format(when.daysSinceEnrollment());
                String wave = CsvNumbers.format(response.wave());
                var answers = AnsweredItems.inInstrumentOrder(response,
                        versions.of(response.instrumentId(), response.instrumentVersion()));
                boolean plainPid = CsvRows.printsAsItIs(response.pid());
                for (Map.Entry<String, Integer> answer : answers.entrySet()) {
                    String value = CsvNumbers.format(answer.getValue());
                    CsvRows.TextCell item = itemCells.computeIfAbsent(answer.getKey(), CsvRows.TextCell::of);
                    if (plainPid && item.plain()) {
                        csv.plainRow(response.pid(), wave, item.text(), value, days);
                    } else {
                        csv.row(response.pid(), wave, item.text(), value, days);
                    }
                }
            }
        }
    }

    private static Map<PidWave, ResponseDates> index(Collection<ResponseDates> dates) {
        Map<PidWave, ResponseDates> byResponse = new HashMap<>();
        for (ResponseDates date : dates) {
            if (byResponse.put(new PidWave(date.pid(), date.wave()), date) != null) {
                throw new IllegalArgumentException("two sets of dates for participant " + date.pid() + " wave "
                        + date.wave());
            }
        }
        return byResponse;
    }

    private record PidWave(String pid, int wave) {
    }
}
