package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;

import java.util.ArrayList;
import java.util.List;

/** Participants scored per wave for each subscale and composite, with the drop relative to the first wave. */
record ResponsesTable(List<Integer> waves, List<Row> rows) {

    /** @param drop null at the first wave */
    record WaveCell(Cell n, String drop) {
    }

    record Row(String label, List<WaveCell> waves) {
    }

    static ResponsesTable of(FigureIndex figures) {
        List<Integer> waves = figures.waves();
        List<Row> rows = new ArrayList<>();
        for (String subscale : figures.subscales()) {
            if (waves.stream().allMatch(w -> figures.row(Statistic.N, subscale, null, w) == null)) {
                continue;
            }
            Double first = waves.isEmpty() ? null
                    : FigureIndex.number(figures.row(Statistic.N, subscale, null, waves.get(0)));
            List<WaveCell> cells = new ArrayList<>();
            for (int i = 0; i < waves.size(); i++) {
                Cell n = figures.cell(figures.row(Statistic.N, subscale, null, waves.get(i)));
                cells.add(new WaveCell(n, i == 0 ? null
                        : drop(first, FigureIndex.number(figures.row(Statistic.N, subscale, null, waves.get(i))))));
            }
            rows.add(new Row(figures.label(subscale), List.copyOf(cells)));
        }
        return new ResponsesTable(waves, List.copyOf(rows));
    }

    private static String drop(Double first, Double n) {
        return first == null || n == null || first == 0 ? Cell.EN_DASH
                : CellText.readable(100 * (first - n) / first, 1) + "%";
    }
}
