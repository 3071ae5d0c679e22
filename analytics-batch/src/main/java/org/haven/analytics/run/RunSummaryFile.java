package org.haven.analytics.run;

import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.Statistic;
import org.haven.analytics.statistics.StatisticRow;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * run-summary.json: the run's folder, its key figures and the analysis timings, for scripts and tools that would
 * otherwise read the human log. Figures are named as in statistics.csv and hold the same values (a per-wave figure
 * as wave to value); undefined ones are null. It holds the run id, the folder and the timings, so unlike the CSV
 * files it differs between runs of the same data, as manifest.json does.
 *
 * @param scores every subscale and composite, in statistics.csv order
 */
record RunSummaryFile(String runId, String runFolder, String study, List<Integer> waves, List<Score> scores,
                      AnalysisTimings analysis) {

    /** The figures the run's summary table and the demo's key figures are made of. */
    static final List<Statistic> KEY_FIGURES = List.of(Statistic.N, Statistic.MEAN, Statistic.CRONBACH_ALPHA,
            Statistic.PAIRED_MEAN_DIFF, Statistic.PAIRED_P, Statistic.COHEN_DZ, Statistic.SLOPE_N,
            Statistic.SLOPE_MEAN, Statistic.SLOPE_SD);

    /** @param figures statistic name to its value, or for a per-wave figure to wave number to value */
    record Score(String id, boolean composite, Map<String, Object> figures) {
    }

    static RunSummaryFile of(Manifest manifest, Path folder, List<StatisticRow> rows, AnalysisTimings timings) {
        Set<String> composites = manifest.composites().stream().map(Manifest.CompositeDefinition::id)
                .collect(Collectors.toSet());
        List<Score> scores = rows.stream().map(StatisticRow::subscale).filter(Objects::nonNull).distinct()
                .map(id -> new Score(id, composites.contains(id), figures(rows, id))).toList();
        return new RunSummaryFile(manifest.runId(), folder.toAbsolutePath().toString(),
                manifest.study() == null ? null : manifest.study().id(), manifest.waves(), scores, timings);
    }

    private static Map<String, Object> figures(List<StatisticRow> rows, String id) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Statistic statistic : KEY_FIGURES) {
            List<StatisticRow> own = rows.stream()
                    .filter(row -> statistic.names(row) && id.equals(row.subscale()) && row.item() == null).toList();
            if (own.isEmpty()) {
                continue; // a subscales-only figure of a composite
            }
            if (statistic.kind() == Statistic.Kind.PER_WAVE) {
                Map<Integer, Object> byWave = new TreeMap<>();
                own.forEach(row -> byWave.put(Integer.parseInt(row.wave()), value(row)));
                figures.put(statistic.csvName(), byWave);
            } else {
                figures.put(statistic.csvName(), value(own.get(0)));
            }
        }
        return figures;
    }

    /** The statistics.csv value as a JSON number (the same digits), or null. */
    private static Object value(StatisticRow row) {
        String text = CsvNumbers.format(row.value());
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
