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

/**
 * The short table of key figures printed at the end of a run. Each column says which wave it is of, and the
 * paired difference is set apart from the two wave means: it is the mean change of those scored at both waves,
 * not the difference of the two means, which are of everyone scored at each wave.
 */
final class RunSummary {

    private static final String ROW = "%-14s %8s %8s %8s %11s %8s %9s%n";

    private RunSummary() {
    }

    static void print(PrintStream out, StudyResponses study, List<StatisticRow> rows, Path folder) {
        long participants = study.responses().stream().map(Response::pid).distinct().count();
        TreeMap<Integer, Long> perWave = study.responses().stream()
                .collect(Collectors.groupingBy(Response::wave, TreeMap::new, Collectors.counting()));
        String first = perWave.isEmpty() ? "" : String.valueOf(perWave.firstKey());
        String last = perWave.isEmpty() ? "" : String.valueOf(perWave.lastKey());
        out.printf(Locale.ROOT, "%nparticipants: %d; responses per wave: %s%n", participants, perWave);
        out.printf(Locale.ROOT, ROW, "score", "mean@" + first, "mean@" + last, "paired n", "paired diff",
                "paired p", "alpha@" + first + "*");
        rows.stream().map(StatisticRow::subscale).filter(Objects::nonNull).distinct()
                .forEach(score -> out.printf(Locale.ROOT, ROW, score,
                        value(rows, Statistic.MEAN, score, first), value(rows, Statistic.MEAN, score, last),
                        value(rows, Statistic.PAIRED_N, score, null), signed(rows, score),
                        p(rows, score), value(rows, Statistic.CRONBACH_ALPHA, score, first)));
        out.printf(Locale.ROOT, "mean@%s, mean@%s: mean score of everyone scored at wave %s, at wave %s.%n",
                first, last, first, last);
        out.printf(Locale.ROOT, "paired diff, p: mean change from wave %s to wave %s of the paired n scored at both"
                + " (paired t-test); not mean@%s - mean@%s.%n", first, last, last, first);
        out.printf(Locale.ROOT, "* Cronbach's alpha at wave %s only (subscales); every wave's is in statistics.csv."
                + "%n", first);
        out.println("run folder: " + folder.toAbsolutePath());
    }

    private static String signed(List<StatisticRow> rows, String score) {
        Number diff = number(rows, Statistic.PAIRED_MEAN_DIFF, score, null);
        return diff == null ? "-" : String.format(Locale.ROOT, "%+.3f", diff.doubleValue());
    }

    private static String p(List<StatisticRow> rows, String score) {
        Number p = number(rows, Statistic.PAIRED_P, score, null);
        return p == null ? "-" : p.doubleValue() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p.doubleValue());
    }

    private static String value(List<StatisticRow> rows, Statistic statistic, String score, String wave) {
        Number value = number(rows, statistic, score, wave);
        return value == null ? "-" : value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value.toString();
    }

    /** {@code wave}: the wave number of a per-wave figure, ignored for the others (their kind names it). */
    private static Number number(List<StatisticRow> rows, Statistic statistic, String score, String wave) {
        String field = statistic.kind() == Statistic.Kind.PER_WAVE ? wave : statistic.kind().wave();
        return rows.stream()
                .filter(row -> statistic.names(row) && score.equals(row.subscale())
                        && row.item() == null && Objects.equals(row.wave(), field))
                .map(StatisticRow::value).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
