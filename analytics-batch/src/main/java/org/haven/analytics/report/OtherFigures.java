package org.haven.analytics.report;

import org.haven.analytics.statistics.StatisticRow;

import java.util.List;

/** Every row of statistics.csv that no section above showed, so that the page holds every figure. */
record OtherFigures(List<Row> rows) {

    /** Subscale, item and wave as an en dash where empty. */
    record Row(String statistic, String subscale, String item, String wave, Cell value) {
    }

    /** Call last: it takes the rows the other sections have not shown. */
    static OtherFigures of(FigureIndex figures) {
        return new OtherFigures(figures.unshown().stream()
                .map(row -> new Row(row.statistic(), orDash(row.subscale()), orDash(row.item()), orDash(row.wave()),
                        figures.cell(row)))
                .toList());
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? Cell.EN_DASH : text;
    }
}
