package org.haven.analytics.statistics;

import org.apache.commons.math3.stat.StatUtils;

/** Pearson's product-moment correlation from centred sums, as R's cor does. */
final class Correlation {

    private Correlation() {
    }

    /** Null when either variable is constant (or fewer than 2 pairs): r is then undefined. */
    static Double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        if (x.length < 2) {
            return null;
        }
        double meanX = StatUtils.mean(x);
        double meanY = StatUtils.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        // r = Sxy / sqrt(Sxx * Syy) (Pearson 1895)
        return sxy / Math.sqrt(sxx * syy);
    }
}
