package org.haven.analytics.run;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.statistics.Statistic;
import org.haven.analytics.statistics.StatisticRow;

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
                value(rows, Statistic.MEAN, subscale, first(perWave)), value(rows, Statistic.MEAN, subscale, last(perWave)),
                value(rows, Statistic.PAIRED_MEAN_DIFF, subscale, null), value(rows, Statistic.PAIRED_P, subscale, null),
                value(rows, Statistic.CRONBACH_ALPHA, subscale, first(perWave))));
        out.println("run folder: " + folder.toAbsolutePath());
    }

    private static String first(TreeMap<Integer, Long> perWave) {
        return perWave.isEmpty() ? "" : String.valueOf(perWave.firstKey());
    }

    private static String last(TreeMap<Integer, Long> perWave) {
        return perWave.isEmpty() ? "" : String.valueOf(perWave.lastKey());
    }

    /** {@code wave}: the wave number of a per-wave figure, ignored for the others (their kind names it). */
    private static String value(List<StatisticRow> rows, Statistic statistic, String subscale, String wave) {
        String field = statistic.kind() == Statistic.Kind.PER_WAVE ? wave : statistic.kind().wave();
        return rows.stream()
                .filter(row -> statistic.names(row) && row.subscale().equals(subscale)
                        && row.item() == null && Objects.equals(row.wave(), field))
                .map(StatisticRow::value).filter(Objects::nonNull).findFirst()
                .map(v -> v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v.toString())
                .orElse("-");
    }
}
