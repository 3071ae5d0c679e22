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
            rows.add(Rows.count("alpha_n", series.id(), waves.get(i).toString(), matrices.get(i).n()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value("cronbach_alpha", series.id(), waves.get(i).toString(),
                    ItemAnalysis.cronbachAlpha(matrices.get(i))));
        }
        for (int i = 0; i < waves.size(); i++) {
            ItemMatrix matrix = matrices.get(i);
            for (int item = 0; item < matrix.k(); item++) {
                rows.add(Rows.item("item_total_r", series.id(), matrix.itemIds().get(item), waves.get(i).toString(),
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
