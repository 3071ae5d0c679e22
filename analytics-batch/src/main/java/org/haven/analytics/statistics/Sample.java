package org.haven.analytics.statistics;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Mean, sample sd (n - 1) and the t-based 95% confidence interval of a sample; each null when undefined
 * (mean for n = 0, sd and interval for n < 2). Values come in pid order, so the sums are deterministic.
 */
record Sample(long n, Double mean, Double sd, Double ciLow, Double ciHigh) {

    static Sample of(double[] values) {
        int n = values.length;
        Double mean = n >= 1 ? StatUtils.mean(values) : null;
        if (n < 2) {
            return new Sample(n, mean, null, null, null);
        }
        double sd = Math.sqrt(StatUtils.variance(values));
        // t interval: mean -/+ t(0.975, n - 1) * sd / sqrt(n) (Student 1908)
        double halfWidth = StudentT.quantile975(n - 1) * sd / Math.sqrt(n);
        return new Sample(n, mean, sd, mean - halfWidth, mean + halfWidth);
    }
}
