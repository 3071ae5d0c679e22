package org.haven.analytics.report;

import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.StatisticRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Hand-built statistics rows and manifests for the report tests. */
final class SampleReport {

    private SampleReport() {
    }

    static Manifest manifest(String title) {
        return manifest(title, Instant.parse("2026-11-01T00:00:00Z"));
    }

    static Manifest manifest(String title, Instant asOf) {
        return new Manifest("run-2026-11-25", new Manifest.Study("study-42", title), asOf, "haven.events",
                List.of(new Manifest.PartitionOffsets(0, 0, 120)),
                new Manifest.Events(120, 110, 3, 2, 1, Map.of("erased", 4L), Map.of()),
                List.of(),
                new Manifest.Participants(40, Map.of("erased", 2L, "withdrew_use_of_collected_data", 1L)),
                List.of(1, 2, 3),
                List.of(new Manifest.InstrumentVersion("haven-core", 1, "Haven core questionnaire"),
                        new Manifest.InstrumentVersion("haven-core", 2, "Haven core questionnaire")),
                List.of(new Manifest.CompositeDefinition("safety", "mean of the subscales",
                        List.of("calm", "belonging"))),
                Map.of(),
                Map.of(),
                new Manifest.Software("haven-analytics-batch", "1.4.0"), "analyst@example.invalid",
                Instant.parse("2026-11-25T02:00:00Z"), Instant.parse("2026-11-25T02:01:00Z"), Map.of());
    }

    /** 2 subscales x 3 waves and the composite {@code safety}. */
    static List<StatisticRow> rows() {
        List<StatisticRow> rows = new ArrayList<>();
        Map<String, double[][]> itemTotal = new LinkedHashMap<>();
        itemTotal.put("calm", new double[][]{{0.6, 0.55, 0.31}, {0.2, 0.5, 0.4}, {0.45, 0.44, 0.62}});
        itemTotal.put("belonging", new double[][]{{0.7, 0.65, 0.5}, {0.6, 0.6, 0.58}, {0.51, 0.3333333333333333, 0.4}});
        long[][] ns = {{40, 34, 30}, {40, 33, 29}, {39, 33, 28}};
        double[][] means = {{4.1, 4.45, 4.8}, {5.0, 5.1, 5.05}, {4.2, 4.5, 4.75}};
        String[] subscales = {"calm", "belonging", "safety"};
        for (int s = 0; s < subscales.length; s++) {
            String subscale = subscales[s];
            for (int w = 0; w < 3; w++) {
                String wave = Integer.toString(w + 1);
                double mean = means[s][w];
                rows.add(new StatisticRow("n", subscale, null, wave, ns[s][w]));
                rows.add(new StatisticRow("mean", subscale, null, wave, mean));
                rows.add(new StatisticRow("sd", subscale, null, wave, 1.0 / 3 + w * 0.1));
                rows.add(new StatisticRow("ci95_low", subscale, null, wave, mean - 0.31234567890123456));
                rows.add(new StatisticRow("ci95_high", subscale, null, wave, mean + 0.31234567890123456));
            }
            if (!subscale.equals("safety")) {
                String prefix = subscale.equals("calm") ? "calm" : "bel";
                for (int w = 0; w < 3; w++) {
                    rows.add(new StatisticRow("alpha_n", subscale, null, Integer.toString(w + 1), ns[s][w] - 2));
                }
                for (int w = 0; w < 3; w++) {
                    rows.add(new StatisticRow("cronbach_alpha", subscale, null, Integer.toString(w + 1),
                            0.7 + w / 30.0));
                }
                for (int w = 0; w < 3; w++) {
                    for (int i = 0; i < 3; i++) {
                        rows.add(new StatisticRow("item_total_r", subscale, prefix + (i + 1),
                                Integer.toString(w + 1), itemTotal.get(subscale)[w][i]));
                    }
                }
            }
            rows.add(new StatisticRow("paired_n", subscale, null, "first-last", 28L));
            rows.add(new StatisticRow("paired_mean_diff", subscale, null, "first-last", 0.7 - s * 0.1));
            rows.add(new StatisticRow("paired_t", subscale, null, "first-last", 3.1415926535));
            rows.add(new StatisticRow("paired_df", subscale, null, "first-last", 27L));
            rows.add(new StatisticRow("paired_p", subscale, null, "first-last", s == 0 ? 0.00004 : 0.0412));
            rows.add(new StatisticRow("paired_ci95_low", subscale, null, "first-last", 0.2 - s * 0.3));
            rows.add(new StatisticRow("paired_ci95_high", subscale, null, "first-last", 1.1));
            rows.add(new StatisticRow("cohen_dz", subscale, null, "first-last", -0.1 * s + 0.59));
            rows.add(new StatisticRow("slope_n", subscale, null, "all", 35L));
            rows.add(new StatisticRow("slope_mean", subscale, null, "all", 0.35));
            rows.add(new StatisticRow("slope_sd", subscale, null, "all", 0.2));
            rows.add(new StatisticRow("icc_n", subscale, null, "all", 27L));
            rows.add(new StatisticRow("icc_2_1", subscale, null, "all", subscale.equals("safety") ? null : 0.61));
            rows.add(new StatisticRow("icc_3_1", subscale, null, "all", 0.66));
            if (!subscale.equals("safety")) {
                rows.add(new StatisticRow("rci_improved", subscale, null, "first-last", 6L));
                rows.add(new StatisticRow("rci_deteriorated", subscale, null, "first-last", 1L));
                rows.add(new StatisticRow("rci_unchanged", subscale, null, "first-last", 21L));
            }
            rows.add(new StatisticRow("lmm_failed", subscale, null, "all", 0L));
        }
        return rows;
    }

    /** Eight subscales and the composite over four waves, for a look at the page. */
    static List<StatisticRow> realisticRows() {
        Random random = new Random(7);
        List<StatisticRow> rows = new ArrayList<>();
        String[] subscales = {"voice", "inclusion", "trust", "learning", "support", "risk", "candour", "respect",
                "safety"};
        for (String subscale : subscales) {
            double level = 3.5 + random.nextDouble() * 2;
            double trend = random.nextGaussian() * 0.2;
            long n = 180;
            for (int w = 1; w <= 4; w++) {
                String wave = Integer.toString(w);
                double mean = level + trend * (w - 1) + random.nextGaussian() * 0.05;
                double sd = 0.9 + random.nextDouble() * 0.4;
                double half = 1.97 * sd / Math.sqrt(n);
                rows.add(new StatisticRow("n", subscale, null, wave, n));
                rows.add(new StatisticRow("mean", subscale, null, wave, mean));
                rows.add(new StatisticRow("sd", subscale, null, wave, sd));
                rows.add(new StatisticRow("ci95_low", subscale, null, wave, mean - half));
                rows.add(new StatisticRow("ci95_high", subscale, null, wave, mean + half));
                n -= 10 + random.nextInt(25);
            }
            if (!subscale.equals("safety")) {
                for (int w = 1; w <= 4; w++) {
                    rows.add(new StatisticRow("alpha_n", subscale, null, Integer.toString(w), 150L - w * 20));
                }
                for (int w = 1; w <= 4; w++) {
                    rows.add(new StatisticRow("cronbach_alpha", subscale, null, Integer.toString(w),
                            0.7 + random.nextDouble() * 0.2));
                }
                for (int w = 1; w <= 4; w++) {
                    for (int i = 1; i <= 4; i++) {
                        rows.add(new StatisticRow("item_total_r", subscale, subscale.substring(0, 3) + "_" + i,
                                Integer.toString(w), 0.3 + random.nextDouble() * 0.5));
                    }
                }
            }
            rows.add(new StatisticRow("paired_n", subscale, null, "first-last", 95L));
            double diff = trend * 3;
            rows.add(new StatisticRow("paired_mean_diff", subscale, null, "first-last", diff));
            rows.add(new StatisticRow("paired_t", subscale, null, "first-last", diff / 0.08));
            rows.add(new StatisticRow("paired_df", subscale, null, "first-last", 94L));
            rows.add(new StatisticRow("paired_p", subscale, null, "first-last", Math.exp(-Math.abs(diff) * 12)));
            rows.add(new StatisticRow("paired_ci95_low", subscale, null, "first-last", diff - 0.16));
            rows.add(new StatisticRow("paired_ci95_high", subscale, null, "first-last", diff + 0.16));
            rows.add(new StatisticRow("cohen_dz", subscale, null, "first-last", diff / 0.8));
            rows.add(new StatisticRow("slope_n", subscale, null, "all", 150L));
            rows.add(new StatisticRow("slope_mean", subscale, null, "all", trend));
            rows.add(new StatisticRow("slope_sd", subscale, null, "all", 0.3));
            rows.add(new StatisticRow("icc_n", subscale, null, "all", 80L));
            rows.add(new StatisticRow("icc_2_1", subscale, null, "all", 0.5 + random.nextDouble() * 0.3));
            rows.add(new StatisticRow("icc_3_1", subscale, null, "all", 0.55 + random.nextDouble() * 0.3));
            if (!subscale.equals("safety")) {
                rows.add(new StatisticRow("rci_improved", subscale, null, "first-last", 10L + random.nextInt(10)));
                rows.add(new StatisticRow("rci_deteriorated", subscale, null, "first-last", 5L));
                rows.add(new StatisticRow("rci_unchanged", subscale, null, "first-last", 70L));
            }
            rows.add(new StatisticRow("lmm_failed", subscale, null, "all", 0L));
        }
        return rows;
    }
}
