package org.haven.analytics.statistics;

/**
 * One row of statistics.csv: {@code statistic,subscale,item,wave,value}. {@code item} is null unless the figure
 * is per item; {@code wave} is a wave number, {@code first-last} or {@code all}; {@code value} is a Long for
 * counts, df and flags, a Double for every other figure, and null when the figure cannot be computed.
 */
public record StatisticRow(String statistic, String subscale, String item, String wave, Number value) {
}
