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
            rows.add(Rows.count("n", series.id(), wave(waves, i), samples.get(i).n()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value("mean", series.id(), wave(waves, i), samples.get(i).mean()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value("sd", series.id(), wave(waves, i), samples.get(i).sd()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value("ci95_low", series.id(), wave(waves, i), samples.get(i).ciLow()));
        }
        for (int i = 0; i < waves.size(); i++) {
            rows.add(Rows.value("ci95_high", series.id(), wave(waves, i), samples.get(i).ciHigh()));
        }
        return rows;
    }

    private static String wave(List<Integer> waves, int index) {
        return Integer.toString(waves.get(index));
    }
}
