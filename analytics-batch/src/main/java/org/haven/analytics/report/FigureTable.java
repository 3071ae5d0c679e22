package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per subscale and composite, one column per first-last or all figure that statistics.csv has; a
 * subscale without any of them is left out. Empty when statistics.csv has none of the figures.
 */
record FigureTable(List<Column> columns, List<Row> rows) {

    /** A column heading, with an optional subscript (d<sub>z</sub>). */
    record Column(String heading, String subscript) {

        static Column of(String heading) {
            return new Column(heading, null);
        }
    }

    record Row(String label, List<Cell> cells) {
    }

    /** A figure and its column. */
    record Figure(Statistic statistic, Column column) {

        /** A figure under a plain heading. */
        static Figure of(Statistic statistic, String heading) {
            return new Figure(statistic, Column.of(heading));
        }
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    static FigureTable of(FigureIndex figures, List<Figure> candidates) {
        List<Figure> present = candidates.stream().filter(f -> figures.has(f.statistic())).toList();
        List<Row> rows = new ArrayList<>();
        for (String subscale : figures.subscales()) {
            if (present.stream().noneMatch(f -> figures.row(f.statistic(), subscale) != null)) {
                continue;
            }
            rows.add(new Row(figures.label(subscale), present.stream()
                    .map(f -> figures.cell(figures.row(f.statistic(), subscale))).toList()));
        }
        return new FigureTable(present.stream().map(Figure::column).toList(), List.copyOf(rows));
    }
}
