package org.haven.analytics.statistics;

import org.apache.commons.math3.distribution.TDistribution;

/** Student's t distribution, with the precision R's qt and pt give. */
final class StudentT {

    // Commons Math inverts the CDF to 1e-9 by default; R's qt is exact to ~1e-12 (docs/architecture.md, "Stack notes").
    private static final double INVERSE_CDF_ACCURACY = 1e-14;

    private StudentT() {
    }

    /** The 97.5th percentile, for 95% confidence limits. */
    static double quantile975(long df) {
        return distribution(df).inverseCumulativeProbability(0.975);
    }

    /** Two-sided p as 2 * cdf(-|t|): 2 * (1 - cdf(|t|)) would lose all precision for large |t|. */
    static double twoSidedP(double t, long df) {
        return 2 * distribution(df).cumulativeProbability(-Math.abs(t));
    }

    private static TDistribution distribution(long df) {
        return new TDistribution(null, df, INVERSE_CDF_ACCURACY);
    }
}
