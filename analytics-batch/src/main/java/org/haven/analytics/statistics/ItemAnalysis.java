package org.haven.analytics.statistics;

import org.apache.commons.math3.stat.StatUtils;

/** Internal-consistency figures of one subscale at one wave; null where undefined, never NaN. */
final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /** Null for fewer than 2 items or participants, or a constant total score. */
    static Double cronbachAlpha(ItemMatrix items) {
        int k = items.k();
        if (k < 2 || items.n() < 2) {
            return null;
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += StatUtils.variance(items.column(i));
        }
        double totalVariance = StatUtils.variance(items.totals());
        if (totalVariance == 0) {
            return null;
        }
        // alpha = k / (k - 1) * (1 - sum of item variances / variance of the total) (Cronbach 1951)
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }

    /** Corrected item-total r: the item with the sum of the other items (psych's r.drop). */
    static Double itemRestCorrelation(ItemMatrix items, int item) {
        if (items.n() < 2) {
            return null;
        }
        return Correlation.pearson(items.column(item), items.restSums(item));
    }
}
