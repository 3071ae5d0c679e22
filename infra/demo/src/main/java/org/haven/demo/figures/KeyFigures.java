package org.haven.demo.figures;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few figures of a run's statistics.csv a newcomer looks at first, one line per subscale and composite:
 * n per wave (falls with dropout), the mean at the first and last wave, the range of Cronbach's alpha over the
 * waves, the mean per-participant slope with its standard error, and the paired change with Cohen's d_z.
 */
public final class KeyFigures {

    /** statistic -> wave -> value, for one subscale or composite (per-item rows left out). */
    private final Map<String, Map<String, Map<String, String>>> byScore = new LinkedHashMap<>();

    private KeyFigures() {
    }

    public static KeyFigures read(Path statisticsCsv) throws IOException {
        KeyFigures figures = new KeyFigures();
        try (Reader reader = Files.newBufferedReader(statisticsCsv, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord row : csv) {
                if (!row.get("item").isEmpty()) {
                    continue;
                }
                figures.byScore.computeIfAbsent(row.get("subscale"), id -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("statistic"), id -> new TreeMap<>())
                        .put(row.get("wave"), row.get("value"));
            }
        }
        return figures;
    }

    public void print(PrintStream out) {
        out.printf("%-14s %-22s %7s %7s %-11s %-16s %7s %6s%n", "score", "n per wave", "mean@1", "mean@L",
                "alpha", "slope/wave (SE)", "L-1", "d_z");
        byScore.forEach((score, stats) -> out.println(line(score, stats)));
        out.println("(@1 = first wave, @L = last wave; alpha = lowest-highest over the waves; slope = mean of the"
                + " participants' OLS slopes)");
    }

    private static String line(String score, Map<String, Map<String, String>> stats) {
        List<Integer> waves = new ArrayList<>();
        stats.getOrDefault("n", Map.of()).keySet().forEach(wave -> waves.add(Integer.parseInt(wave)));
        waves.sort(Integer::compare);
        List<String> counts = waves.stream().map(wave -> value(stats, "n", String.valueOf(wave))).toList();
        String first = waves.isEmpty() ? "" : String.valueOf(waves.get(0));
        String last = waves.isEmpty() ? "" : String.valueOf(waves.get(waves.size() - 1));
        return String.format(Locale.ROOT, "%-14s %-22s %7s %7s %-11s %-16s %7s %6s", score,
                String.join("/", counts), number(value(stats, "mean", first)), number(value(stats, "mean", last)),
                alphaRange(stats.get("cronbach_alpha")), slope(stats), signed(value(stats, "paired_mean_diff",
                        "first-last")), number(value(stats, "cohen_dz", "first-last")));
    }

    private static String alphaRange(Map<String, String> alphas) {
        if (alphas == null) {
            return "-";
        }
        double low = Double.NaN;
        double high = Double.NaN;
        for (String text : alphas.values()) {
            if (!text.isEmpty()) {
                double alpha = Double.parseDouble(text);
                low = Double.isNaN(low) ? alpha : Math.min(low, alpha);
                high = Double.isNaN(high) ? alpha : Math.max(high, alpha);
            }
        }
        return Double.isNaN(low) ? "-" : String.format(Locale.ROOT, "%.2f-%.2f", low, high);
    }

    private static String slope(Map<String, Map<String, String>> stats) {
        String mean = value(stats, "slope_mean", "all");
        String sd = value(stats, "slope_sd", "all");
        String n = value(stats, "slope_n", "all");
        if (mean.isEmpty() || sd.isEmpty() || n.isEmpty()) {
            return "-";
        }
        double se = Double.parseDouble(sd) / Math.sqrt(Double.parseDouble(n));
        return String.format(Locale.ROOT, "%+.3f (%.3f)", Double.parseDouble(mean), se);
    }

    private static String value(Map<String, Map<String, String>> stats, String statistic, String wave) {
        return stats.getOrDefault(statistic, Map.of()).getOrDefault(wave, "");
    }

    private static String number(String text) {
        return text.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(text));
    }

    private static String signed(String text) {
        return text.isEmpty() ? "-" : String.format(Locale.ROOT, "%+.2f", Double.parseDouble(text));
    }
}
