package org.haven.analytics.statistics;

import java.util.ArrayList;
import java.util.List;

/** {@code n, mean, sd, ci95_low, ci95_high} of every wave, over the participants scored at that wave. */
final class Descriptives implements Figures {

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        List<Integer> waves = series.waves();
        List<Sample> samples = waves.stream().map(wave -> Sample.of(series.scoresAt(wave))).toList();
        List<StatisticRow> rows = new ArrayList<>();
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.count(Statistic.N, series.id(), waves.get(i), samples.get(i).n()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value(Statistic.MEAN, series.id(), waves.get(i), samples.get(i).mean()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value(Statistic.SD, series.id(), waves.get(i), samples.get(i).sd()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value(Statistic.CI95_LOW, series.id(), waves.get(i), samples.get(i).ciLow()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value(Statistic.CI95_HIGH, series.id(), waves.get(i), samples.get(i).ciHigh()));
        }
        return rows;
    }
}
