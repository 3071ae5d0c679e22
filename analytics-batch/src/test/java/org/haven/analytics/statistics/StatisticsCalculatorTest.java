package org.haven.analytics.statistics;

import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.scoring.MiniInstrument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static java.lang.Math.sqrt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.haven.analytics.scoring.MiniInstrument.calm;

/**
 * Every figure of docs/methods.md on a study small enough to compute by hand. calm's KEYED item values
 * (calm_3r is sent raw as 6 - keyed); warmth is 3, 3 for everybody, so warmth is constant (zero variance):
 * <pre>
 *        wave 1       calm   wave 2        calm   wave 3     calm
 *   p1   2, 3, 1      2      4, 4, -       4      4, 4, 4    4
 *   p2   3, 3, 3      3      3, 4, 2       3      1, 2, 3    2
 *   p3   4, 5, 3      4      5, 5, 5       5      5, 5, 5    5
 *   p4   5, 5, 5      5      4, -, -       -      (no response)
 * </pre>
 * t quantiles from R: qt(0.975, 3) = 3.1824463052837078, qt(0.975, 2) = 4.3026527297494619 (also
 * sqrt(1.805 / 0.0975) in closed form: for df = 2, F(t) = 1/2 + t / (2 sqrt(2 + t^2))).
 */
class StatisticsCalculatorTest {

    private static final double T3 = 3.1824463052837078;
    private static final double T2 = 4.3026527297494619;
    private static final double EXACT = 1e-14;

    private static final List<StatisticRow> ROWS = StatisticsCalculator.compute(new StudyResponses(
            List.of(MiniInstrument.v1()),
            List.of(calm("p1", 1, 2, 3, 1), calm("p2", 1, 3, 3, 3), calm("p3", 1, 4, 5, 3), calm("p4", 1, 5, 5, 5),
                    calm("p1", 2, 4, 4, null), calm("p2", 2, 3, 4, 2), calm("p3", 2, 5, 5, 5), calm("p4", 2, 4, null, null),
                    calm("p1", 3, 4, 4, 4), calm("p2", 3, 1, 2, 3), calm("p3", 3, 5, 5, 5))));
    private static final RowLookup CALC = new RowLookup(ROWS);

    @Test
    void per_wave_descriptives_over_the_participants_scored_at_the_wave() {
        // wave 1: 2, 3, 4, 5 -> mean 3.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, var 5/3
        // wave 2: p4 answered 1 of 3 calm items (needs 2) -> 4, 3, 5: mean 4, var (0 + 1 + 1) / 2 = 1
        // wave 3: 4, 2, 5 -> mean 11/3, deviations 1/3, -5/3, 4/3 -> (1 + 25 + 16) / 9 / 2 = 7/3
        assertThat(CALC.value("n", "calm", "1")).isEqualTo(4L);
        assertThat(CALC.value("n", "calm", "2")).isEqualTo(3L);
        assertThat(CALC.value("n", "calm", "3")).isEqualTo(3L);
        assertThat(CALC.number("mean", "calm", "1")).isEqualTo(3.5);
        assertThat(CALC.number("mean", "calm", "2")).isEqualTo(4.0);
        assertThat(CALC.number("mean", "calm", "3")).isCloseTo(11.0 / 3, within(EXACT));
        assertThat(CALC.number("sd", "calm", "1")).isCloseTo(sqrt(5.0 / 3), within(EXACT));
        assertThat(CALC.number("sd", "calm", "2")).isCloseTo(1.0, within(EXACT));
        assertThat(CALC.number("sd", "calm", "3")).isCloseTo(sqrt(7.0 / 3), within(EXACT));
        // mean -/+ t(0.975, n - 1) sd / sqrt(n)
        assertThat(CALC.number("ci95_low", "calm", "1")).isCloseTo(3.5 - T3 * sqrt(5.0 / 3) / 2, within(1e-12));
        assertThat(CALC.number("ci95_high", "calm", "1")).isCloseTo(3.5 + T3 * sqrt(5.0 / 3) / 2, within(1e-12));
        assertThat(CALC.number("ci95_low", "calm", "2")).isCloseTo(4 - T2 / sqrt(3), within(1e-12));
        assertThat(CALC.number("ci95_high", "calm", "3")).isCloseTo(11.0 / 3 + T2 * sqrt(7) / 3, within(1e-12));
    }

    @Test
    void cronbach_alpha_and_item_rest_correlations_over_complete_cases() {
        // wave 1, all four complete. Item variances: (2,3,4,5) 5/3, (3,3,5,5) 4/3, (1,3,3,5) 8/3 -> sum 17/3;
        // totals 6, 9, 12, 15 -> var 45/3 = 15; alpha = 3/2 (1 - (17/3)/15) = 3/2 * 28/45 = 14/15
        assertThat(CALC.value("alpha_n", "calm", "1")).isEqualTo(4L);
        assertThat(CALC.number("cronbach_alpha", "calm", "1")).isCloseTo(14.0 / 15, within(EXACT));
        // item 1 (2,3,4,5) vs rest (4,6,8,10): exactly linear -> r = 1
        // item 2 (3,3,5,5) vs rest (3,6,7,10): Sxy = 8, Sxx = 4, Syy = 25 -> 8 / sqrt(100) = 0.8
        // item 3 (1,3,3,5) vs rest (5,6,9,10): Sxy = 10, Sxx = 8, Syy = 17 -> 10 / sqrt(136)
        assertThat(CALC.number("item_total_r", "calm", "calm_1", "1")).isCloseTo(1.0, within(EXACT));
        assertThat(CALC.number("item_total_r", "calm", "calm_2", "1")).isCloseTo(0.8, within(EXACT));
        assertThat(CALC.number("item_total_r", "calm", "calm_3r", "1")).isCloseTo(10 / sqrt(136), within(EXACT));
        // wave 2: p1 skipped calm_3r, p4 two items -> complete: p2 (3,4,2), p3 (5,5,5); with n = 2, var = (a - b)^2 / 2:
        // items 2 + 0.5 + 4.5 = 7, totals (9, 15) 18 -> alpha = 3/2 (1 - 7/18) = 11/12
        assertThat(CALC.value("alpha_n", "calm", "2")).isEqualTo(2L);
        assertThat(CALC.number("cronbach_alpha", "calm", "2")).isCloseTo(11.0 / 12, within(EXACT));
        // wave 3: p1 (4,4,4), p2 (1,2,3), p3 (5,5,5). Item variances 13/3, 7/3, 1 -> 23/3; totals 12, 6, 15 -> 21
        // alpha = 3/2 (1 - 23/63) = 20/21
        assertThat(CALC.number("cronbach_alpha", "calm", "3")).isCloseTo(20.0 / 21, within(EXACT));
        // item 1 (4,1,5) vs rest (8,5,10): Sxy = 93/9, Sxx = 78/9, Syy = 114/9 -> 93 / sqrt(78 * 114)
        // item 3 (4,3,5) vs rest (8,3,10): Sxy = 7, Sxx = 2, Syy = 26 -> 7 / sqrt(52)
        assertThat(CALC.number("item_total_r", "calm", "calm_1", "3")).isCloseTo(93 / sqrt(78 * 114), within(EXACT));
        assertThat(CALC.number("item_total_r", "calm", "calm_2", "3")).isCloseTo(1.0, within(EXACT));
        assertThat(CALC.number("item_total_r", "calm", "calm_3r", "3")).isCloseTo(7 / sqrt(52), within(EXACT));
    }

    @Test
    void paired_change_from_the_first_to_the_last_wave() {
        // scored at waves 1 and 3: p1 4 - 2 = 2, p2 2 - 3 = -1, p3 5 - 4 = 1 (p4 has no wave 3)
        // mean 2/3, deviations 4/3, -5/3, 1/3 -> var (16 + 25 + 1) / 9 / 2 = 7/3
        // t = (2/3) / (sqrt(7/3) / sqrt(3)) = 2 / sqrt(7); df 2: p = 1 - |t| / sqrt(2 + t^2) = 1 - sqrt(2)/3
        // CI = 2/3 -/+ qt(0.975, 2) sqrt(7)/3; R t.test(c(4,2,5), c(2,3,4), paired = TRUE) gives the same
        // d_z = (2/3) / sqrt(7/3) = 2 / sqrt(21)
        assertThat(CALC.value("paired_n", "calm", "first-last")).isEqualTo(3L);
        assertThat(CALC.number("paired_mean_diff", "calm", "first-last")).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(CALC.number("paired_t", "calm", "first-last")).isCloseTo(2 / sqrt(7), within(EXACT));
        assertThat(CALC.value("paired_df", "calm", "first-last")).isEqualTo(2L);
        assertThat(CALC.number("paired_p", "calm", "first-last")).isCloseTo(1 - sqrt(2) / 3, within(1e-12));
        assertThat(CALC.number("paired_ci95_low", "calm", "first-last")).isCloseTo(-3.1279163669300925, within(1e-12));
        assertThat(CALC.number("paired_ci95_high", "calm", "first-last")).isCloseTo(4.4612497002634264, within(1e-12));
        assertThat(CALC.number("cohen_dz", "calm", "first-last")).isCloseTo(2 / sqrt(21), within(EXACT));
    }

    @Test
    void slopes_of_participants_with_two_or_more_scored_waves() {
        // p1 (1:2, 2:4, 3:4): Sxy = (-1)(2 - 10/3) + (1)(4 - 10/3) = 2, Sxx = 2 -> 1
        // p2 (3, 3, 2): Sxy = (-1)(1/3) + (1)(-2/3) = -1 -> -0.5;  p3 (4, 5, 5): Sxy = 2/3 + 1/3 = 1 -> 0.5
        // p4 is scored at wave 1 only (wave 2 too few items) -> no slope
        // slopes 1, -0.5, 0.5: mean 1/3, deviations 2/3, -5/6, 1/6 -> (16 + 25 + 1) / 36 / 2 = 7/12
        assertThat(CALC.value("slope_n", "calm", "all")).isEqualTo(3L);
        assertThat(CALC.number("slope_mean", "calm", "all")).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(CALC.number("slope_sd", "calm", "all")).isCloseTo(sqrt(7.0 / 12), within(EXACT));
    }

    @Test
    void intraclass_correlations_over_participants_scored_at_every_wave() {
        // complete: p1 (2,4,4), p2 (3,3,2), p3 (4,5,5); grand mean 32/9
        // row means 10/3, 8/3, 14/3 -> SSR = 3 * (4/81 + 64/81 + 100/81) = 56/9, MSR = 28/9
        // column means 3, 4, 11/3 -> SSC = 3 * (25/81 + 16/81 + 1/81) = 14/9, MSC = 7/9
        // SST = 92/9 -> SSE = 92/9 - 56/9 - 14/9 = 22/9, MSE = (22/9) / 4 = 11/18
        // ICC(2,1) = (28/9 - 11/18) / (28/9 + 2 * 11/18 + 3 (7/9 - 11/18) / 3) = (45/18) / (81/18) = 5/9
        // ICC(3,1) = (45/18) / (28/9 + 22/18) = 45/78 = 15/26   (R psych::ICC(lmer = FALSE): 0.5556, 0.5769)
        assertThat(CALC.value("icc_n", "calm", "all")).isEqualTo(3L);
        assertThat(CALC.number("icc_2_1", "calm", "all")).isCloseTo(5.0 / 9, within(EXACT));
        assertThat(CALC.number("icc_3_1", "calm", "all")).isCloseTo(15.0 / 26, within(EXACT));
    }

    @Test
    void reliable_change_of_the_paired_participants() {
        // sd1 = sqrt(5/3), alpha1 = 14/15: SE = sqrt(5/3) sqrt(1/15) = 1/3, S_diff = sqrt(2)/3 = 0.4714
        // RC: p1 2 / 0.4714 = 4.24 improved, p2 -1 / 0.4714 = -2.12 deteriorated, p3 1 / 0.4714 = 2.12 improved
        assertThat(CALC.value("rci_improved", "calm", "first-last")).isEqualTo(2L);
        assertThat(CALC.value("rci_deteriorated", "calm", "first-last")).isEqualTo(1L);
        assertThat(CALC.value("rci_unchanged", "calm", "first-last")).isEqualTo(0L);
    }

    @Test
    void zero_variance_leaves_alpha_t_and_dz_empty_but_keeps_their_rows() {
        // warmth is 3 for everybody: sd 0 (a degenerate interval 3..3), no alpha (total variance 0), no r,
        // every difference 0 -> no t, p, interval or d_z; no rci without alpha; ICC 0/0 -> empty
        assertThat(CALC.value("n", "warmth", "2")).isEqualTo(4L);
        assertThat(CALC.number("sd", "warmth", "1")).isEqualTo(0.0);
        assertThat(CALC.number("ci95_low", "warmth", "1")).isEqualTo(3.0);
        assertThat(CALC.value("alpha_n", "warmth", "1")).isEqualTo(4L);
        assertThat(CALC.value("cronbach_alpha", "warmth", "1")).isNull();
        assertThat(CALC.value("item_total_r", "warmth", "warmth_2r", "3")).isNull();
        assertThat(CALC.value("paired_n", "warmth", "first-last")).isEqualTo(3L);
        assertThat(CALC.number("paired_mean_diff", "warmth", "first-last")).isEqualTo(0.0);
        assertThat(CALC.value("paired_df", "warmth", "first-last")).isEqualTo(2L);
        for (String statistic : List.of("paired_t", "paired_p", "paired_ci95_low", "paired_ci95_high", "cohen_dz",
                "rci_improved", "rci_deteriorated", "rci_unchanged")) {
            assertThat(CALC.value(statistic, "warmth", "first-last")).as(statistic).isNull();
        }
        // p4 has warmth at waves 1 and 2: four slopes, all 0
        assertThat(CALC.value("slope_n", "warmth", "all")).isEqualTo(4L);
        assertThat(CALC.number("slope_sd", "warmth", "all")).isEqualTo(0.0);
        assertThat(CALC.value("icc_2_1", "warmth", "all")).isNull();
    }

    @Test
    void the_composite_is_missing_where_a_part_is_and_has_no_reliability_rows() {
        // overall = (calm + 3) / 2; p4 has no calm at wave 2, so no overall there
        // wave 1: 2.5, 3, 3.5, 4 -> mean 3.25; differences are half of calm's, so d_z and t are calm's
        // ICC is unchanged by (x + 3) / 2: 5/9 and 15/26
        assertThat(CALC.value("n", "overall", "2")).isEqualTo(3L);
        assertThat(CALC.number("mean", "overall", "1")).isEqualTo(3.25);
        assertThat(CALC.number("paired_mean_diff", "overall", "first-last")).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(CALC.number("cohen_dz", "overall", "first-last")).isCloseTo(2 / sqrt(21), within(EXACT));
        assertThat(CALC.number("icc_3_1", "overall", "all")).isCloseTo(15.0 / 26, within(EXACT));
        assertThat(ROWS).filteredOn(row -> row.subscale().equals("overall"))
                .extracting(StatisticRow::statistic)
                .doesNotContain("alpha_n", "cronbach_alpha", "item_total_r", "rci_improved");
    }

    @Test
    void rows_come_by_subscale_then_section_5_order_then_wave_then_item() {
        List<String> calm = ROWS.stream().filter(row -> row.subscale().equals("calm"))
                .map(row -> row.statistic() + " " + (row.item() == null ? "" : row.item() + " ") + row.wave())
                .toList();
        assertThat(calm).containsExactly(
                "n 1", "n 2", "n 3", "mean 1", "mean 2", "mean 3", "sd 1", "sd 2", "sd 3",
                "ci95_low 1", "ci95_low 2", "ci95_low 3", "ci95_high 1", "ci95_high 2", "ci95_high 3",
                "alpha_n 1", "alpha_n 2", "alpha_n 3", "cronbach_alpha 1", "cronbach_alpha 2", "cronbach_alpha 3",
                "item_total_r calm_1 1", "item_total_r calm_2 1", "item_total_r calm_3r 1",
                "item_total_r calm_1 2", "item_total_r calm_2 2", "item_total_r calm_3r 2",
                "item_total_r calm_1 3", "item_total_r calm_2 3", "item_total_r calm_3r 3",
                "paired_n first-last", "paired_mean_diff first-last", "paired_t first-last", "paired_df first-last",
                "paired_p first-last", "paired_ci95_low first-last", "paired_ci95_high first-last",
                "cohen_dz first-last", "slope_n all", "slope_mean all", "slope_sd all",
                "icc_n all", "icc_2_1 all", "icc_3_1 all",
                "rci_improved first-last", "rci_deteriorated first-last", "rci_unchanged first-last",
                "lmm_intercept all", "lmm_slope all", "lmm_slope_se all", "lmm_sd_intercept all", "lmm_sd_slope all",
                "lmm_corr all", "lmm_sd_residual all", "lmm_reml_criterion all", "lmm_singular all", "lmm_n_obs all",
                "lmm_n_participants all", "lmm_failed all");
        assertThat(ROWS).extracting(StatisticRow::subscale).containsSubsequence("calm", "warmth", "overall");
        assertThat(ROWS.stream().map(StatisticRow::subscale).distinct()).containsExactly("calm", "warmth", "overall");
        // calm 47 rows, warmth 15 + 3 + 3 + 6 + 8 + 3 + 3 + 3 = 44, overall 15 + 8 + 3 + 3 = 29; 12 lmm rows each
        assertThat(ROWS).hasSize(47 + 44 + 29 + 3 * 12);
    }

    @Test
    void counts_are_longs_and_every_other_figure_a_finite_double_or_null() {
        assertThat(ROWS).allSatisfy(row -> {
            boolean count = row.statistic().equals("n") || row.statistic().endsWith("_n")
                    || row.statistic().equals("paired_df") || row.statistic().startsWith("rci_")
                    || row.statistic().startsWith("lmm_n_") || row.statistic().equals("lmm_singular")
                    || row.statistic().equals("lmm_failed");
            if (count && row.value() != null) {
                assertThat(row.value()).as(row.toString()).isInstanceOf(Long.class);
            } else if (row.value() != null) {
                assertThat(row.value()).as(row.toString()).isInstanceOf(Double.class);
                assertThat(Double.isFinite(row.value().doubleValue())).as(row.toString()).isTrue();
            }
        });
    }
}
