package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One subscale's or composite's trajectory: its chart as a PNG data URI with a text alternative, and its
 * descriptives per wave.
 */
record TrajectorySection(String anchor, String name, String chart, String alt, List<WaveRow> rows) {

    private static final double SCALE_MIN = 1;
    private static final double SCALE_MAX = 7;
    private static final List<Statistic> COLUMNS = List.of(Statistic.N, Statistic.MEAN, Statistic.SD,
            Statistic.CI95_LOW, Statistic.CI95_HIGH);

    /** n, mean, sd and the CI bounds of one wave. */
    record WaveRow(int wave, List<Cell> cells) {
    }

    /** The chart's size on the page (its PNG has twice as many pixels). */
    public int width() {
        return TrajectoryChart.WIDTH;
    }

    public int height() {
        return TrajectoryChart.HEIGHT;
    }

    /** One section per subscale and composite with a score or an n at some wave. */
    static List<TrajectorySection> all(FigureIndex figures) {
        List<TrajectorySection> sections = new ArrayList<>();
        for (String subscale : figures.subscales()) {
            List<TrajectoryChart.Point> points = figures.waves().stream()
                    .map(wave -> new TrajectoryChart.Point(wave,
                            FigureIndex.number(figures.row(Statistic.MEAN, subscale, null, wave)),
                            FigureIndex.number(figures.row(Statistic.CI95_LOW, subscale, null, wave)),
                            FigureIndex.number(figures.row(Statistic.CI95_HIGH, subscale, null, wave))))
                    .toList();
            if (points.stream().allMatch(p -> p.mean() == null)
                    && figures.waves().stream().allMatch(w -> figures.row(Statistic.N, subscale, null, w) == null)) {
                continue;
            }
            String name = figures.label(subscale);
            String chart = TrajectoryChart.dataUri(figures.waves(), points, fitted(figures, subscale), SCALE_MIN,
                    SCALE_MAX);
            List<WaveRow> rows = figures.waves().stream()
                    .map(wave -> new WaveRow(wave, COLUMNS.stream()
                            .map(statistic -> figures.cell(figures.row(statistic, subscale, null, wave))).toList()))
                    .toList();
            sections.add(new TrajectorySection(anchor(subscale), name, chart, alt(name, points), rows));
        }
        return List.copyOf(sections);
    }

    /** The growth model's mean at each wave, or nothing when it was not fitted. */
    private static Map<Integer, Double> fitted(FigureIndex figures, String subscale) {
        Double intercept = FigureIndex.number(figures.row(Statistic.LMM_INTERCEPT, subscale));
        Double slope = FigureIndex.number(figures.row(Statistic.LMM_SLOPE, subscale));
        if (intercept == null || slope == null) {
            return Map.of();
        }
        Map<Integer, Double> fitted = new LinkedHashMap<>();
        figures.waves().forEach(wave -> fitted.put(wave, intercept + slope * wave));
        return fitted;
    }

    private static String alt(String name, List<TrajectoryChart.Point> points) {
        String detail = points.stream().filter(p -> p.mean() != null)
                .map(p -> "wave " + p.wave() + " mean " + CellText.readable(p.mean(), 2)
                        + (p.low() != null && p.high() != null
                        ? " (95% CI " + CellText.readable(p.low(), 2) + " to " + CellText.readable(p.high(), 2) + ")"
                        : ""))
                .collect(Collectors.joining("; "));
        return "Line chart of the mean " + name + " score by wave with a shaded 95% confidence band"
                + (detail.isEmpty() ? ": no scores." : ": " + detail + ".");
    }

    private static String anchor(String subscale) {
        return "trajectory-" + subscale.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
