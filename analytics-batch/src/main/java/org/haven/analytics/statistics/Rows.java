package org.haven.analytics.statistics;

/**
 * Builds rows so that a figure that cannot be computed keeps its row with a null value, never NaN or infinity.
 * The wave field comes from the figure's kind: the wave number for per-wave figures, else the kind's own.
 */
final class Rows {

    private Rows() {
    }

    static StatisticRow count(Statistic statistic, String subscale, int wave, long count) {
        return new StatisticRow(statistic.csvName(), subscale, null, perWave(statistic, wave), count);
    }

    static StatisticRow count(Statistic statistic, String subscale, Long countOrNull) {
        return new StatisticRow(statistic.csvName(), subscale, null, overWaves(statistic), countOrNull);
    }

    static StatisticRow value(Statistic statistic, String subscale, int wave, Double value) {
        return item(statistic, subscale, null, wave, value);
    }

    static StatisticRow value(Statistic statistic, String subscale, Double value) {
        return new StatisticRow(statistic.csvName(), subscale, null, overWaves(statistic), finiteOrNull(value));
    }

    static StatisticRow item(Statistic statistic, String subscale, String item, int wave, Double value) {
        return new StatisticRow(statistic.csvName(), subscale, item, perWave(statistic, wave), finiteOrNull(value));
    }

    static Double finiteOrNull(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private static String perWave(Statistic statistic, int wave) {
        if (statistic.kind() != Statistic.Kind.PER_WAVE) {
            throw new IllegalArgumentException(statistic.csvName() + " is not a per-wave figure");
        }
        return Integer.toString(wave);
    }

    private static String overWaves(Statistic statistic) {
        if (statistic.kind() == Statistic.Kind.PER_WAVE) {
            throw new IllegalArgumentException(statistic.csvName() + " is a per-wave figure");
        }
        return statistic.kind().wave();
    }
}
