package org.haven.analytics.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected texts from the exact binary values, rounded by hand (Python's decimal module agrees). */
class CsvNumbersTest {

    @Test
    void integers_are_written_plain() {
        assertThat(CsvNumbers.format(42L)).isEqualTo("42");
        assertThat(CsvNumbers.format(0L)).isEqualTo("0");
        assertThat(CsvNumbers.format(-3L)).isEqualTo("-3");
        assertThat(CsvNumbers.format(7)).isEqualTo("7");
        assertThat(CsvNumbers.format(12345678901234567L)).isEqualTo("12345678901234567");
    }

    @Test
    void doubles_get_seventeen_significant_digits_of_their_exact_binary_value() {
        // 0.1 is 0.1000000000000000055511...: 17 digits 0.10000000000000000|555 -> ...01
        assertThat(CsvNumbers.format(0.1)).isEqualTo("0.10000000000000001");
        // 1/3 is 0.33333333333333331482...; 2/3 is 0.66666666666666662965...
        assertThat(CsvNumbers.format(1.0 / 3)).isEqualTo("0.33333333333333331");
        assertThat(CsvNumbers.format(2.0 / 3)).isEqualTo("0.66666666666666663");
        assertThat(CsvNumbers.format(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void trailing_zeros_are_stripped_and_there_is_never_an_exponent() {
        assertThat(CsvNumbers.format(100.0)).isEqualTo("100");
        assertThat(CsvNumbers.format(3.0)).isEqualTo("3");
        assertThat(CsvNumbers.format(1e20)).isEqualTo("100000000000000000000");
        // 1e-7 is 9.99999999999999954748...e-8
        assertThat(CsvNumbers.format(1e-7)).isEqualTo("0.000000099999999999999995");
        // 123456789012345678 is stored as 123456789012345680
        assertThat(CsvNumbers.format(123456789012345678.0)).isEqualTo("123456789012345680");
    }

    @Test
    void a_tie_at_the_seventeenth_digit_rounds_half_to_even() {
        // 1 + 2^-17 = 1.00000762939453125 exactly (18 digits): ties to the even ...312 (HALF_UP would give ...313)
        assertThat(CsvNumbers.format(1 + 0x1p-17)).isEqualTo("1.0000076293945312");
        // 1 + 3 * 2^-17 = 1.00002288818359375: the 17th digit 7 is odd, so the tie goes up
        assertThat(CsvNumbers.format(1 + 3 * 0x1p-17)).isEqualTo("1.0000228881835938");
    }

    @Test
    void negative_zero_is_zero_and_non_finite_or_missing_values_are_empty() {
        assertThat(CsvNumbers.format(-0.0)).isEqualTo("0");
        assertThat(CsvNumbers.format(Double.valueOf(-0.0))).isEqualTo("0");
        assertThat(CsvNumbers.format(0.0)).isEqualTo("0");
        assertThat(CsvNumbers.format(Double.NaN)).isEmpty();
        assertThat(CsvNumbers.format(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(CsvNumbers.format(Double.NEGATIVE_INFINITY)).isEmpty();
        assertThat(CsvNumbers.format((Number) null)).isEmpty();
    }
}
