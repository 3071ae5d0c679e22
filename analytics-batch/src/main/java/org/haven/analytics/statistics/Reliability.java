package org.haven.analytics.statistics;

import java.util.ArrayList;
import java.util.List;

/** {@code alpha_n, cronbach_alpha, item_total_r} of every wave; subscales only. */
final class Reliability implements Figures {

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        if (!series.isSubscale()) {
            return List.of();
        }
        List<Integer> waves = series.waves();
        List<ItemMatrix> matrices = waves.stream()
                .map(wave -> ItemMatrix.completeCases(series.study(), series.id(), wave))
                .toList();
        List<StatisticRow> rows = new ArrayList<>();
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.count(Statistic.ALPHA_N, series.id(), waves.get(i), matrices.get(i).n()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value(Statistic.CRONBACH_ALPHA, series.id(), waves.get(i),
                    ItemAnalysis.cronbachAlpha(matrices.get(i))));
        }
        for (int i = 0; i < waves.size(); i++) {
            ItemMatrix matrix = matrices.get(i);
            for (int item = 0; item < matrix.k(); item++) {
                rows.add(Rows.item(Statistic.ITEM_TOTAL_R, series.id(), matrix.itemIds().get(item), waves.get(i),
                        ItemAnalysis.itemRestCorrelation(matrix, item)));
            }
        }
        return rows;
    }

    /** Cronbach's alpha of a subscale at a wave, as reported in its {@code cronbach_alpha} row. */
    static Double alpha(ScoreSeries series, int wave) {
        return ItemAnalysis.cronbachAlpha(ItemMatrix.completeCases(series.study(), series.id(), wave));
    }
}
