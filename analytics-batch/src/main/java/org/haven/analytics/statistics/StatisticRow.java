package org.haven.analytics.statistics;

/**
 * One row of statistics.csv: {@code statistic,subscale,item,wave,value}. {@code statistic} is a {@link Statistic}'s
 * name; {@code item} is null unless the figure is per item; {@code wave} is a wave number or the name of the
 * figure's {@link Statistic.Kind}; {@code value} is a Long for the registry's integer figures, a Double for the
 * others, and null when the figure cannot be computed.
 */
public record StatisticRow(String statistic, String subscale, String item, String wave, Number value) {
}
