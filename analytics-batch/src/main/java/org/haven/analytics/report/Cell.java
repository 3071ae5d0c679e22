package org.haven.analytics.report;

import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.StatisticRow;

/**
 * One table cell of the report. A figure cell names its statistics.csv row in its {@code data-*} attributes and
 * holds the exact csv value in {@code data-value}; a cell without a figure has only an en dash.
 *
 * @param statistic null for a cell without a figure (as are subscale, wave, item and value)
 * @param weakest   the item with the lowest item-total r of its subscale and wave
 */
record Cell(String statistic, String subscale, String wave, String item, String value, String text,
            boolean weakest) {

    static final String EN_DASH = "\u2013";

    static Cell none() {
        return new Cell(null, null, null, null, null, EN_DASH, false);
    }

    static Cell of(StatisticRow row) {
        return of(row, false);
    }

    static Cell of(StatisticRow row, boolean weakest) {
        return new Cell(row.statistic(), orEmpty(row.subscale()), orEmpty(row.wave()), orEmpty(row.item()),
                CsvNumbers.format(row.value()), CellText.display(row) + (weakest ? " \u25bc" : ""), weakest);
    }

    public String cssClass() {
        return weakest ? "num weakest" : "num";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
