package org.haven.analytics.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as every Haven CSV writes them (docs/data-formats.md): integers plain; any other number rounded to 17
 * significant digits, half-even, trailing zeros stripped, never in exponent form, -0 as {@code 0}; NaN,
 * infinities and null as an empty field. Double.toString and BigDecimal.valueOf are avoided on purpose:
 * their text differs between JDK versions, and the outputs must be byte-identical next year.
 */
public final class CsvNumbers {

    private static final MathContext SEVENTEEN_DIGITS = new MathContext(17, RoundingMode.HALF_EVEN);

    private CsvNumbers() {
    }

    public static String format(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        return format(value.doubleValue());
    }

    /** Counts; also catches int arguments, which would otherwise widen to the double overload. */
    public static String format(long value) {
        return Long.toString(value);
    }

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return plain(new BigDecimal(value));
    }

    private static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.round(SEVENTEEN_DIGITS).stripTrailingZeros().toPlainString();
    }
}
