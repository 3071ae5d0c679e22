package org.haven.analytics.statistics;

import java.util.List;

/**
 * {@code icc_n, icc_2_1, icc_3_1} over participants scored at every one of the waves (complete cases),
 * the waves playing the role of Shrout and Fleiss's judges.
 */
final class IntraclassCorrelation implements Figures {

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        double[][] complete = series.completeCases(series.waves());
        Double icc21 = null;
        Double icc31 = null;
        if (complete.length >= 2 && series.waves().size() >= 2) {
            TwoWayAnova anova = TwoWayAnova.of(complete);
            double msr = anova.rowsMeanSquare();
            double msc = anova.columnsMeanSquare();
            double mse = anova.errorMeanSquare();
            int n = anova.n();
            int k = anova.k();
            // ICC(2,1) = (MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n) (Shrout & Fleiss 1979, case 2)
            icc21 = ratio(msr - mse, msr + (k - 1) * mse + k * (msc - mse) / n);
            // ICC(3,1) = (MSR - MSE) / (MSR + (k - 1) MSE) (Shrout & Fleiss 1979, case 3)
            icc31 = ratio(msr - mse, msr + (k - 1) * mse);
        }
        return List.of(
                Rows.count(Statistic.ICC_N, series.id(), (long) complete.length),
                Rows.value(Statistic.ICC_2_1, series.id(), icc21),
                Rows.value(Statistic.ICC_3_1, series.id(), icc31));
    }

    private static Double ratio(double numerator, double denominator) {
        return denominator == 0 ? null : numerator / denominator;
    }
}
