package org.haven.analytics.export;

import org.haven.analytics.scoring.Score;
import org.haven.analytics.scoring.ScoredStudy;
import org.haven.analytics.statistics.CsvNumbers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * scores_long.csv (docs/data-formats.md): {@code pid,wave,subscale,score}, one row per participant-wave answered and
 * subscale or composite, a missing score as an empty field. The rows keep {@link ScoredStudy#scores()}'s order
 * (pid, wave, subscales in instrument order, then composites), the order the statistics are computed in.
 */
public final class ScoresLongCsv {

    public static final String FILE_NAME = "scores_long.csv";

    private static final String[] HEADER = {"pid", "wave", "subscale", "score"};

    private static final int MAX_REMEMBERED = 100_000;

    private ScoresLongCsv() {
    }

    /** Writes the scores to {@code file}, replacing it. */
    public static void write(ScoredStudy scored, Path file) throws IOException {
        // A score is a mean of a few small integers, so a study has a few hundred distinct ones among millions of
        // rows: each is formatted (exactly, through BigDecimal) once.
        Map<Double, String> formatted = new HashMap<>();
        // pids and score ids are shared strings
        Map<String, Boolean> plainPids = new java.util.IdentityHashMap<>();
        Map<String, CsvRows.TextCell> scoreIds = new java.util.IdentityHashMap<>();
        try (CsvRows csv = new CsvRows(file)) {
            csv.row((Object[]) HEADER);
            for (Score score : scored.scores()) {
                String value = formatted.get(score.value());
                if (value == null) {
                    value = CsvNumbers.format(score.value());
                    if (formatted.size() < MAX_REMEMBERED) {
                        formatted.put(score.value(), value);
                    }
                }
                String wave = CsvNumbers.format(score.wave());
                CsvRows.TextCell scoreId = scoreIds.computeIfAbsent(score.scoreId(), CsvRows.TextCell::of);
                // the numbers always print as they are
                if (plainPids.computeIfAbsent(score.pid(), CsvRows::printsAsItIs) && scoreId.plain()) {
                    csv.plainRow(score.pid(), wave, scoreId.text(), value);
                } else {
                    csv.row(score.pid(), wave, scoreId.text(), value);
                }
            }
        }
    }
}
