package org.haven.analytics.statistics;

import java.util.List;

/**
 * {@code rci_improved, rci_deteriorated, rci_unchanged} over the paired participants; subscales only.
 * Undefined (all three empty) when the first wave has no sd or no alpha, alpha is 1 or more, or nobody is paired.
 */
final class ReliableChange implements Figures {

    private static final double CRITICAL = 1.96;

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        if (!series.isSubscale()) {
            return List.of();
        }
        double[] differences = series.pairedDifferences();
        Double sDiff = differences.length == 0 ? null : standardErrorOfDifference(series);
        Long improved = null;
        Long deteriorated = null;
        Long unchanged = null;
        if (sDiff != null) {
            long up = 0;
            long down = 0;
            for (double difference : differences) {
                // RC = (last - first) / S_diff (Jacobson & Truax 1991)
                double rc = difference / sDiff;
                up += rc > CRITICAL ? 1 : 0;
                down += rc < -CRITICAL ? 1 : 0;
            }
            improved = up;
            deteriorated = down;
            unchanged = differences.length - up - down;
        }
        return List.of(
                Rows.count(Statistic.RCI_IMPROVED, series.id(), improved),
                Rows.count(Statistic.RCI_DETERIORATED, series.id(), deteriorated),
                Rows.count(Statistic.RCI_UNCHANGED, series.id(), unchanged));
    }

    /** S_diff = sqrt(2) * SE, SE = sd1 * sqrt(1 - alpha1) (Jacobson & Truax 1991); null when undefined. */
    private static Double standardErrorOfDifference(ScoreSeries series) {
        Double sd1 = Sample.of(series.scoresAt(series.first())).sd();
        Double alpha1 = Reliability.alpha(series, series.first());
        if (sd1 == null || alpha1 == null || alpha1 >= 1 || sd1 == 0) {
            return null;
        }
        return Math.sqrt(2) * sd1 * Math.sqrt(1 - alpha1);
    }
}
