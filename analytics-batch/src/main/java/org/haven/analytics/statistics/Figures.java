package org.haven.analytics.statistics;

import java.util.List;

/**
 * One family of figures of docs/methods.md for one subscale or composite, in the order statistics.csv wants
 * them (statistic, then wave, then item). {@link StatisticsCalculator} runs the families in section 5 order;
 * the growth-model family ({@code lmm_*}) is appended after {@link ReliableChange} by a later issue.
 */
public interface Figures {

    List<StatisticRow> rows(ScoreSeries series);
}
