package org.haven.analytics.statistics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsCsvTest {

    @Test
    void writes_the_header_and_rows_as_utf8_with_lf_line_ends_and_rfc4180_quoting(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(StatisticsCsv.FILE_NAME);
        StatisticsCsv.write(List.of(
                new StatisticRow("n", "calm", null, "1", 12L),
                new StatisticRow("mean", "calm", null, "1", 0.1),
                new StatisticRow("paired_mean_diff", "calm", null, "first-last", -0.0),
                new StatisticRow("sd", "calm", null, "1", null),
                new StatisticRow("cohen_dz", "calm", null, "first-last", Double.NaN),
                new StatisticRow("item_total_r", "a,b", "it\"em", "2", 1 + 0x1p-17),
                new StatisticRow("slope_mean", "sécurité", null, "all", 100.0)), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).as("no BOM").isEqualTo((byte) 's');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "statistic,subscale,item,wave,value\n"
                        + "n,calm,,1,12\n"
                        + "mean,calm,,1,0.10000000000000001\n"
                        + "paired_mean_diff,calm,,first-last,0\n"
                        + "sd,calm,,1,\n"
                        + "cohen_dz,calm,,first-last,\n"
                        + "item_total_r,\"a,b\",\"it\"\"em\",2,1.0000076293945312\n"
                        + "slope_mean,sécurité,,all,100\n");
        assertThat(bytes).doesNotContain((byte) '\r');
    }

    @Test
    void neutralises_subscale_and_item_ids_a_spreadsheet_would_run_as_formulas_but_never_a_value(@TempDir Path dir)
            throws IOException {
        // ids of an instrument published before the id rule; the values are negative figures
        Path file = dir.resolve(StatisticsCsv.FILE_NAME);
        StatisticsCsv.write(List.of(
                new StatisticRow("mean", "@calm", null, "1", -1.5),
                new StatisticRow("item_total_r", "@calm", "=1+1", "1", -0.12),
                new StatisticRow("item_total_r", "-calm", "\tcalm_2", "1", -0.5),
                new StatisticRow("paired_mean_diff", "+safety", null, "first-last", -2.0),
                new StatisticRow("slope_n", "trust", null, "all", -1L)), file);

        assertThat(Files.readString(file)).isEqualTo(
                "statistic,subscale,item,wave,value\n"
                        + "mean,'@calm,,1,-1.5\n"
                        + "item_total_r,'@calm,'=1+1,1,-0.12\n"
                        + "item_total_r,'-calm,'\tcalm_2,1,-0.5\n"
                        + "paired_mean_diff,'+safety,,first-last,-2\n"
                        + "slope_n,trust,,all,-1\n");
    }
}
