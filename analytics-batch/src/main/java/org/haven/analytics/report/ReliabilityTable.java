package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;
import org.haven.analytics.statistics.StatisticRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Cronbach's alpha per subscale and wave with its weakest item, and per subscale the item-total correlations of
 * every item and wave (the weakest flagged). Empty when no subscale has reliability figures.
 */
record ReliabilityTable(List<AlphaRow> rows, List<ItemTable> items) {

    /** @param weakestItem null when no item has an item-total r at that wave */
    record AlphaRow(String label, String subscale, int wave, Cell alpha, Cell n, String weakestItem, Cell weakestR) {
    }

    record ItemTable(String label, List<ItemRow> rows) {
    }

    record ItemRow(String item, List<Cell> cells) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    static ReliabilityTable of(FigureIndex figures) {
        List<String> withAlpha = figures.subscales().stream()
                .filter(s -> figures.rows().stream().anyMatch(r -> s.equals(r.subscale())
                        && (Statistic.CRONBACH_ALPHA.names(r) || Statistic.ALPHA_N.names(r)
                        || Statistic.ITEM_TOTAL_R.names(r))))
                .toList();
        List<AlphaRow> rows = new ArrayList<>();
        for (String subscale : withAlpha) {
            for (int wave : figures.waves()) {
                StatisticRow weakest = figures.weakest(subscale, wave);
                rows.add(new AlphaRow(figures.label(subscale), subscale, wave,
                        figures.cell(figures.row(Statistic.CRONBACH_ALPHA, subscale, null, wave)),
                        figures.cell(figures.row(Statistic.ALPHA_N, subscale, null, wave)),
                        weakest == null ? null : weakest.item(), figures.cell(weakest)));
            }
        }
        List<ItemTable> items = new ArrayList<>();
        for (String subscale : withAlpha) {
            List<String> ids = figures.rows().stream()
                    .filter(r -> Statistic.ITEM_TOTAL_R.names(r) && subscale.equals(r.subscale()) && r.item() != null)
                    .map(StatisticRow::item).distinct().toList();
            if (!ids.isEmpty()) {
                items.add(new ItemTable(figures.label(subscale), ids.stream()
                        .map(item -> new ItemRow(item, figures.waves().stream()
                                .map(wave -> itemCell(figures, subscale, item, wave)).toList()))
                        .toList()));
            }
        }
        return new ReliabilityTable(List.copyOf(rows), List.copyOf(items));
    }

    private static Cell itemCell(FigureIndex figures, String subscale, String item, int wave) {
        StatisticRow row = figures.row(Statistic.ITEM_TOTAL_R, subscale, item, wave);
        return figures.cell(row, row != null && row == figures.weakest(subscale, wave));
    }
}
