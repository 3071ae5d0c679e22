package org.haven.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** {@code slope_n, slope_mean, slope_sd}: each participant's OLS slope of score on wave number, over participants with at least 2 scored waves. */
final class Slopes implements Figures {

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        List<Double> slopes = new ArrayList<>();
        for (SortedMap<Integer, Double> scores : series.byParticipant().values()) {
            if (scores.size() >= 2) {
                slopes.add(slope(scores));
            }
        }
        Sample sample = Sample.of(slopes.stream().mapToDouble(Double::doubleValue).toArray());
        return List.of(
                Rows.count("slope_n", series.id(), Rows.ALL, sample.n()),
                Rows.value("slope_mean", series.id(), Rows.ALL, sample.mean()),
                Rows.value("slope_sd", series.id(), Rows.ALL, sample.sd()));
    }

    /** Least squares slope b = sum((x - mean x)(y - mean y)) / sum((x - mean x)^2) (Legendre 1805), x = wave. */
    static double slope(SortedMap<Integer, Double> scoreByWave) {
        double meanX = scoreByWave.keySet().stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
        double meanY = scoreByWave.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Integer, Double> point : scoreByWave.entrySet()) {
            double dx = point.getKey() - meanX;
            sxy += dx * (point.getValue() - meanY);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
