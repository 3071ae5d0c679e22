package org.haven.analytics.statistics;

import org.haven.analytics.scoring.ParticipantScores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** {@code slope_n, slope_mean, slope_sd}: each participant's OLS slope of score on wave number, over participants with at least 2 scored waves. */
final class Slopes implements Figures {

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        ParticipantScores scores = series.participants();
        List<Double> slopes = new ArrayList<>();
        for (int participant = 0; participant < scores.participants(); participant++) {
            if (scores.to(participant) - scores.from(participant) >= 2) {
                slopes.add(slope(scores.waves(), scores.scores(), scores.from(participant), scores.to(participant)));
            }
        }
        Sample sample = Sample.of(slopes.stream().mapToDouble(Double::doubleValue).toArray());
        return List.of(
                Rows.count(Statistic.SLOPE_N, series.id(), sample.n()),
                Rows.value(Statistic.SLOPE_MEAN, series.id(), sample.mean()),
                Rows.value(Statistic.SLOPE_SD, series.id(), sample.sd()));
    }

    /**
     * Least squares slope b = sum((x - mean x)(y - mean y)) / sum((x - mean x)^2) (Legendre 1805), x = wave, over
     * one participant's points {@code from..to}. The means are DoubleStream averages (compensated sums), as they
     * have always been computed here: the published figures stay the same to the last digit.
     */
    static double slope(int[] waves, double[] scores, int from, int to) {
        double meanX = IntStream.range(from, to).mapToDouble(i -> waves[i]).average().orElseThrow();
        double meanY = Arrays.stream(scores, from, to).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = from; i < to; i++) {
            double dx = waves[i] - meanX;
            sxy += dx * (scores[i] - meanY);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
