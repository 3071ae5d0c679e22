package org.haven.analytics.statistics;

import java.util.List;

/**
 * Change from the first to the last wave over participants scored at both: {@code paired_n, paired_mean_diff,
 * paired_t, paired_df, paired_p, paired_ci95_low, paired_ci95_high, cohen_dz}.
 */
final class PairedChange implements Figures {

    private static final double EPSILON = Math.ulp(1.0);

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        double[] differences = series.pairedDifferences();
        Sample sample = Sample.of(differences);
        long n = sample.n();
        boolean testable = n >= 2 && !essentiallyConstant(sample);
        Double t = null;
        Double p = null;
        Double dz = null;
        if (testable) {
            // paired t = mean(d) / (sd(d) / sqrt(n)), df = n - 1 (Student 1908)
            t = sample.mean() / (sample.sd() / Math.sqrt(n));
            p = StudentT.twoSidedP(t, n - 1);
            // d_z = mean(d) / sd(d) (Cohen 1988, eq. 2.3.5)
            dz = sample.mean() / sample.sd();
        }
        return List.of(
                Rows.count(Statistic.PAIRED_N, series.id(), n),
                Rows.value(Statistic.PAIRED_MEAN_DIFF, series.id(), sample.mean()),
                Rows.value(Statistic.PAIRED_T, series.id(), t),
                Rows.count(Statistic.PAIRED_DF, series.id(), n >= 2 ? Long.valueOf(n - 1) : null),
                Rows.value(Statistic.PAIRED_P, series.id(), p),
                Rows.value(Statistic.PAIRED_CI95_LOW, series.id(), testable ? sample.ciLow() : null),
                Rows.value(Statistic.PAIRED_CI95_HIGH, series.id(), testable ? sample.ciHigh() : null),
                Rows.value(Statistic.COHEN_DZ, series.id(), dz));
    }

    /**
     * Differences that are all equal have no t. Scores are means of integers, so equal differences can still
     * differ in the last bit; R's t.test calls data "essentially constant" below the same threshold.
     */
    private static boolean essentiallyConstant(Sample sample) {
        double standardError = sample.sd() / Math.sqrt(sample.n());
        return standardError <= 10 * EPSILON * Math.abs(sample.mean());
    }
}
