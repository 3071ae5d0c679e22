package org.haven.analytics.statistics;

/**
 * Mean squares of a two-way ANOVA without replication, subjects (rows) by waves (columns), as R's
 * aov(value ~ subject + wave) gives them to psych::ICC. Requires at least 2 rows and 2 columns.
 */
record TwoWayAnova(int n, int k, double rowsMeanSquare, double columnsMeanSquare, double errorMeanSquare) {

    static TwoWayAnova of(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double grand = 0;
        double[] rowMeans = new double[n];
        double[] columnMeans = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                grand += x[i][j];
                rowMeans[i] += x[i][j];
                columnMeans[j] += x[i][j];
            }
        }
        grand /= (double) n * k;
        for (int i = 0; i < n; i++) {
            rowMeans[i] /= k;
        }
        for (int j = 0; j < k; j++) {
            columnMeans[j] /= n;
        }
        double ssRows = 0;
        double ssColumns = 0;
        double ssError = 0;
        for (int i = 0; i < n; i++) {
            ssRows += k * square(rowMeans[i] - grand);
        }
        for (int j = 0; j < k; j++) {
            ssColumns += n * square(columnMeans[j] - grand);
        }
        // residual of the additive model: x - row mean - column mean + grand mean
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                ssError += square(x[i][j] - rowMeans[i] - columnMeans[j] + grand);
            }
        }
        return new TwoWayAnova(n, k, ssRows / (n - 1), ssColumns / (k - 1), ssError / ((double) (n - 1) * (k - 1)));
    }

    private static double square(double v) {
        return v * v;
    }
}
