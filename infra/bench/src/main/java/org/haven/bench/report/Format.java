package org.haven.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers for BENCHMARKS.md: thousands separators, three significant digits below 100 (no Double.toString). */
public final class Format {

    private Format() {
    }

    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    /** "0.85 ×" for a ratio of two figures; n/a when either is missing or the base is zero. */
    public static String ratio(double value, double base) {
        if (Double.isNaN(value) || Double.isNaN(base) || base == 0) {
            return "n/a";
        }
        double ratio = value / base;
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f ×" : "%.2f ×", ratio);
    }
}
