package org.haven.analytics.export;

import org.haven.analytics.scoring.Scoring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresLongCsvTest {

    @TempDir
    Path folder;

    @Test
    void writes_one_row_per_participant_wave_and_score_sorted_by_pid_wave_then_instrument_order_with_composites_last()
            throws IOException {
        Path file = folder.resolve(ScoresLongCsv.FILE_NAME);

        ScoresLongCsv.write(Scoring.score(TinyStudy.study()), file);

        // By hand (keyed value of a reverse item = 6 - raw):
        // A w1 respect (3+5+4)/3 = 4, listening (3+5)/2 = 4, safety 4
        // A w2 respect (5+4)/2 = 4.5 (2 of 3 answered is enough), listening (2+4)/2 = 3, safety (4.5+3)/2 = 3.75
        // B w1 respect (1+2+1)/3 = 4/3, as a double 1.33333333333333325931..., 17 significant digits half-even;
        //      listening has 1 of 2 items: missing, so safety is missing too
        // B w2 (v2, k = 4) respect (2+2+2+2)/4 = 2, listening (4+3)/2 = 3.5, safety 2.75
        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,subscale,score
                0a1b2c3d4e5f6071,1,respect,4
                0a1b2c3d4e5f6071,1,listening,4
                0a1b2c3d4e5f6071,1,safety,4
                0a1b2c3d4e5f6071,2,respect,4.5
                0a1b2c3d4e5f6071,2,listening,3
                0a1b2c3d4e5f6071,2,safety,3.75
                1f2e3d4c5b6a7980,1,respect,1.3333333333333333
                1f2e3d4c5b6a7980,1,listening,
                1f2e3d4c5b6a7980,1,safety,
                1f2e3d4c5b6a7980,2,respect,2
                1f2e3d4c5b6a7980,2,listening,3.5
                1f2e3d4c5b6a7980,2,safety,2.75
                """);
    }

    @Test
    void neutralises_subscale_and_composite_ids_a_spreadsheet_would_run_as_formulas_and_leaves_negative_scores_alone()
            throws IOException {
        Path file = folder.resolve(ScoresLongCsv.FILE_NAME);

        ScoresLongCsv.write(Scoring.score(FormulaStudy.study()), file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                pid,wave,subscale,score
                0a1b2c3d4e5f6071,1,'@calm,-2.5
                0a1b2c3d4e5f6071,1,trust,0
                0a1b2c3d4e5f6071,1,'+safety,-1.25
                1f2e3d4c5b6a7980,1,'@calm,-0.5
                1f2e3d4c5b6a7980,1,trust,3
                1f2e3d4c5b6a7980,1,'+safety,1.25
                """);
    }
}
