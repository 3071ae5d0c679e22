package org.haven.analytics.statistics;

/** Builds rows so that a figure that cannot be computed keeps its row with a null value, never NaN or infinity. */
final class Rows {

    static final String FIRST_LAST = "first-last";
    static final String ALL = "all";

    private Rows() {
    }

    static StatisticRow count(String statistic, String subscale, String wave, long count) {
        return new StatisticRow(statistic, subscale, null, wave, count);
    }

    static StatisticRow count(String statistic, String subscale, String wave, Long countOrNull) {
        return new StatisticRow(statistic, subscale, null, wave, countOrNull);
    }

    static StatisticRow value(String statistic, String subscale, String wave, Double value) {
        return item(statistic, subscale, null, wave, value);
    }

    static StatisticRow item(String statistic, String subscale, String item, String wave, Double value) {
        return new StatisticRow(statistic, subscale, item, wave, finiteOrNull(value));
    }

    static Double finiteOrNull(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
