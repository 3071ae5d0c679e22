package org.haven.analytics.run;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.statistics.StatisticRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunSummaryTest {

    /*
     * Wave 1: three participants, wave 3: two of them. The wave means are of everyone at each wave
     * (2.00 and 3.50: "mean@3 - mean@1" would be 1.50), the paired difference is of the two at both (+1.000).
     */
    private static final List<StatisticRow> ROWS = List.of(
            new StatisticRow("mean", "often", null, "1", 2.0),
            new StatisticRow("mean", "often", null, "3", 3.5),
            new StatisticRow("cronbach_alpha", "often", null, "1", 0.812),
            new StatisticRow("cronbach_alpha", "often", null, "3", 0.55),
            new StatisticRow("paired_n", "often", null, "first-last", 2L),
            new StatisticRow("paired_mean_diff", "often", null, "first-last", 1.0),
            new StatisticRow("paired_p", "often", null, "first-last", 0.0004));

    @Test
    void labels_each_column_with_its_wave_and_sets_the_paired_difference_apart_from_the_wave_means() {
        String printed = print();

        List<String> lines = printed.lines().toList();
        String header = lines.stream().filter(line -> line.startsWith("score")).findFirst().orElseThrow();
        assertThat(header.split("\\s+")).containsExactly("score", "mean@1", "mean@3", "paired", "n", "paired", "diff",
                "paired", "p", "alpha@1*");
        assertThat(lines).contains(String.format("%-14s %8s %8s %8s %11s %8s %9s", "often", "2.000", "3.500", "2",
                "+1.000", "<0.001", "0.812"));
        assertThat(printed).contains("mean@1, mean@3: mean score of everyone scored at wave 1, at wave 3.",
                "paired diff, p: mean change from wave 1 to wave 3 of the paired n scored at both (paired t-test);"
                        + " not mean@3 - mean@1.",
                "* Cronbach's alpha at wave 1 only (subscales); every wave's is in statistics.csv.");
    }

    private static String print() {
        List<Response> responses = List.of(
                new Response("a", 1, "freq", 1, Map.of("q1", 1)), new Response("b", 1, "freq", 1, Map.of("q1", 2)),
                new Response("c", 1, "freq", 1, Map.of("q1", 3)), new Response("a", 3, "freq", 1, Map.of("q1", 2)),
                new Response("b", 3, "freq", 1, Map.of("q1", 5)));
        var bytes = new ByteArrayOutputStream();
        RunSummary.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), new StudyResponses(List.of(), responses),
                ROWS, Path.of("runs", "r1"));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
