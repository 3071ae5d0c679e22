package org.haven.analytics.run;

import org.haven.analytics.statistics.Response;
import org.haven.analytics.statistics.StatisticRow;
import org.haven.analytics.statistics.StudyResponses;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The short table of key figures printed at the end of a run. */
final class RunSummary {

    private RunSummary() {
    }

    static void print(PrintStream out, StudyResponses study, List<StatisticRow> rows, Path folder) {
        long participants = study.responses().stream().map(Response::pid).distinct().count();
        TreeMap<Integer, Long> perWave = study.responses().stream()
                .collect(Collectors.groupingBy(Response::wave, TreeMap::new, Collectors.counting()));
        out.printf(Locale.ROOT, "%nparticipants: %d; responses per wave: %s%n", participants, perWave);
        out.printf(Locale.ROOT, "%-14s %10s %10s %12s %10s %8s%n", "subscale", "mean first", "mean last",
                "change", "p", "alpha");
        rows.stream().map(StatisticRow::subscale).distinct().forEach(subscale -> out.printf(Locale.ROOT,
                "%-14s %10s %10s %12s %10s %8s%n", subscale,
                value(rows, "mean", subscale, first(perWave)), value(rows, "mean", subscale, last(perWave)),
                value(rows, "paired_mean_diff", subscale, "first-last"), value(rows, "paired_p", subscale, "first-last"),
                value(rows, "cronbach_alpha", subscale, first(perWave))));
        out.println("run folder: " + folder.toAbsolutePath());
    }

    private static String first(TreeMap<Integer, Long> perWave) {
        return perWave.isEmpty() ? "" : String.valueOf(perWave.firstKey());
    }

    private static String last(TreeMap<Integer, Long> perWave) {
        return perWave.isEmpty() ? "" : String.valueOf(perWave.lastKey());
    }

    private static String value(List<StatisticRow> rows, String statistic, String subscale, String wave) {
        return rows.stream()
                .filter(row -> row.statistic().equals(statistic) && row.subscale().equals(subscale)
                        && row.item() == null && Objects.equals(row.wave(), wave))
                .map(StatisticRow::value).filter(Objects::nonNull).findFirst()
                .map(v -> v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v.toString())
                .orElse("-");
    }
}
