package org.haven.analytics.export;

import org.apache.commons.csv.CSVPrinter;
import org.haven.analytics.scoring.Score;
import org.haven.analytics.scoring.ScoredStudy;
import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.StatisticsCsv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * scores_long.csv (DESIGN section 6): {@code pid,wave,subscale,score}, one row per participant-wave answered and
 * subscale or composite, a missing score as an empty field. The rows keep {@link ScoredStudy#scores()}'s order
 * (pid, wave, subscales in instrument order, then composites), the order the statistics are computed in.
 */
public final class ScoresLongCsv {

    public static final String FILE_NAME = "scores_long.csv";

    private static final String[] HEADER = {"pid", "wave", "subscale", "score"};

    private ScoresLongCsv() {
    }

    /** Writes the scores to {@code file}, replacing it. */
    public static void write(ScoredStudy scored, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, StatisticsCsv.FORMAT)) {
            csv.printRecord((Object[]) HEADER);
            for (Score score : scored.scores()) {
                csv.printRecord(score.pid(), CsvNumbers.format(score.wave()), score.scoreId(),
                        CsvNumbers.format(score.value()));
            }
        }
    }
}
