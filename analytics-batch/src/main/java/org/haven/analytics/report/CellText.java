package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;
import org.haven.analytics.statistics.StatisticRow;

import java.util.Locale;

/** A figure for reading: counts plain, decimals to the registry's decimals, p below 0.001 as "< 0.001". */
final class CellText {

    private CellText() {
    }

    /** Undefined figures (null, NaN, infinite) as an en dash. */
    static String display(StatisticRow row) {
        Number value = row.value();
        if (value == null) {
            return Cell.EN_DASH;
        }
        Statistic statistic = Statistic.of(row.statistic());
        if (statistic.isInteger()) {
            return value.toString();
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            return Cell.EN_DASH;
        }
        if (statistic.isPValue() && v < 0.001) {
            return "<\u00a00.001";
        }
        return readable(v, statistic.decimals());
    }

    /** Fixed decimals with a true minus sign; never "-0.00". */
    static String readable(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.startsWith("-")) {
            return text.matches("-0(\\.0*)?") ? text.substring(1) : "\u2212" + text.substring(1);
        }
        return text;
    }
}
