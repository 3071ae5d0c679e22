package org.haven.analytics.statistics;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.scoring.MiniInstrument;
import org.haven.instrument.Instrument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static java.lang.Math.sqrt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.haven.analytics.scoring.MiniInstrument.calm;
import static org.haven.analytics.scoring.MiniInstrument.response;

/** Figures that cannot be computed keep their rows empty; small studies are computed by hand. */
class StatisticsEdgeCasesTest {

    private static final double EXACT = 1e-14;
    private static final String FL = "first-last";

    @Test
    void one_participant_has_a_mean_but_no_sd_interval_alpha_test_slope_or_icc() {
        RowLookup rows = compute(MiniInstrument.v1(), calm("p1", 1, 2, 3, 1));

        assertThat(rows.value("n", "calm", "1")).isEqualTo(1L);
        assertThat(rows.number("mean", "calm", "1")).isEqualTo(2.0);
        assertThat(rows.value("alpha_n", "calm", "1")).isEqualTo(1L);
        for (String statistic : List.of("sd", "ci95_low", "ci95_high", "cronbach_alpha")) {
            assertThat(rows.value(statistic, "calm", "1")).as(statistic).isNull();
        }
        assertThat(rows.value("item_total_r", "calm", "calm_1", "1")).isNull();
        // the only wave is both first and last: one pair with difference 0, nothing to test
        assertThat(rows.value("paired_n", "calm", FL)).isEqualTo(1L);
        assertThat(rows.number("paired_mean_diff", "calm", FL)).isEqualTo(0.0);
        for (String statistic : List.of("paired_t", "paired_df", "paired_p", "paired_ci95_low", "paired_ci95_high",
                "cohen_dz", "rci_improved", "rci_deteriorated", "rci_unchanged")) {
            assertThat(rows.value(statistic, "calm", FL)).as(statistic).isNull();
        }
        assertThat(rows.value("slope_n", "calm", "all")).isEqualTo(0L);
        assertThat(rows.value("slope_mean", "calm", "all")).isNull();
        assertThat(rows.value("icc_n", "calm", "all")).isEqualTo(1L);
        assertThat(rows.value("icc_2_1", "calm", "all")).isNull();
        assertThat(rows.value("icc_3_1", "calm", "all")).isNull();
    }

    @Test
    void differences_that_are_all_equal_have_no_t_even_when_they_differ_in_the_last_bit() {
        // 5/3 -> 8/3, 7/3 -> 10/3, 10/3 -> 13/3: every difference is 1 (in doubles, 1 give or take an ulp)
        RowLookup rows = compute(MiniInstrument.v1(),
                calm("p1", 1, 1, 2, 2), calm("p2", 1, 2, 2, 3), calm("p3", 1, 3, 3, 4),
                calm("p1", 2, 2, 3, 3), calm("p2", 2, 3, 3, 4), calm("p3", 2, 4, 4, 5));

        assertThat(rows.number("paired_mean_diff", "calm", FL)).isCloseTo(1.0, within(EXACT));
        assertThat(rows.value("paired_df", "calm", FL)).isEqualTo(2L);
        for (String statistic : List.of("paired_t", "paired_p", "paired_ci95_low", "paired_ci95_high", "cohen_dz")) {
            assertThat(rows.value(statistic, "calm", FL)).as(statistic).isNull();
        }
    }

    @Test
    void a_study_with_two_waves_pairs_its_first_and_last_and_has_an_icc_over_both() {
        // waves 2 and 5 (first = lowest, last = highest; slopes use the wave numbers). Keyed calm items:
        //   wave 2: p1 (1,1,1) 1, p2 (2,3,1) 2, p3 (4,5,3) 4, p4 (5,5,5) 5
        //   wave 5: p1 (2,2,2) 2, p2 (4,4,4) 4, p3 (5,5,5) 5, p4 (4,4,5) 13/3
        RowLookup rows = compute(MiniInstrument.v1(),
                calm("p1", 2, 1, 1, 1), calm("p2", 2, 2, 3, 1), calm("p3", 2, 4, 5, 3), calm("p4", 2, 5, 5, 5),
                calm("p1", 5, 2, 2, 2), calm("p2", 5, 4, 4, 4), calm("p3", 5, 5, 5, 5), calm("p4", 5, 4, 4, 5));

        // d = 1, 2, 1, -2/3: mean 5/6, deviations 1/6, 7/6, 1/6, -3/2 -> (1 + 49 + 1 + 81) / 36 / 3 = 11/9
        // t = (5/6) / (sqrt(11/9) / 2) = 5 / sqrt(11), df 3, d_z = (5/6) / sqrt(11/9) = 5 / (2 sqrt(11))
        // R t.test(c(2,4,5,13/3), c(1,2,4,5), paired = TRUE): p 0.22877780406977116,
        // CI (-0.92583005167981591, 2.59249671834648243)
        assertThat(rows.value("paired_n", "calm", FL)).isEqualTo(4L);
        assertThat(rows.number("paired_mean_diff", "calm", FL)).isCloseTo(5.0 / 6, within(EXACT));
        assertThat(rows.number("paired_t", "calm", FL)).isCloseTo(5 / sqrt(11), within(EXACT));
        assertThat(rows.value("paired_df", "calm", FL)).isEqualTo(3L);
        assertThat(rows.number("paired_p", "calm", FL)).isCloseTo(0.22877780406977116, within(1e-13));
        assertThat(rows.number("paired_ci95_low", "calm", FL)).isCloseTo(-0.92583005167981591, within(1e-12));
        assertThat(rows.number("paired_ci95_high", "calm", FL)).isCloseTo(2.59249671834648243, within(1e-12));
        assertThat(rows.number("cohen_dz", "calm", FL)).isCloseTo(5 / (2 * sqrt(11)), within(EXACT));
        // slopes d / (5 - 2) = 1/3, 2/3, 1/3, -2/9: mean 5/18, variance (11/9) / 9 -> sd sqrt(11) / 9
        assertThat(rows.value("slope_n", "calm", "all")).isEqualTo(4L);
        assertThat(rows.number("slope_mean", "calm", "all")).isCloseTo(5.0 / 18, within(EXACT));
        assertThat(rows.number("slope_sd", "calm", "all")).isCloseTo(sqrt(11) / 9, within(EXACT));
        // grand mean 41/12; row means 3/2, 3, 9/2, 14/3 -> SSR = 79/6, MSR = 79/18;
        // column means 3, 23/6 -> SSC = MSC = 25/18; SST = 295/18 -> SSE = MSE = 11/18 (df 3)
        // ICC(2,1) = (68/18) / (79/18 + 11/18 + 2 (14/18) / 4) = 68/97; ICC(3,1) = (68/18) / (90/18) = 34/45
        // (R psych::ICC: 0.70103092783505172, 0.75555555555555565)
        assertThat(rows.value("icc_n", "calm", "all")).isEqualTo(4L);
        assertThat(rows.number("icc_2_1", "calm", "all")).isCloseTo(68.0 / 97, within(EXACT));
        assertThat(rows.number("icc_3_1", "calm", "all")).isCloseTo(34.0 / 45, within(EXACT));
        // alpha at wave 2: item variances 10/3, 11/3, 11/3 = 32/3; totals 3, 6, 12, 15 -> 30; 3/2 (1 - 32/90) = 29/30
        // SE = sqrt(10/3) sqrt(1/30) = 1/3, S_diff = sqrt(2)/3 = 0.4714: RC 2.12, 4.24, 2.12, -1.41 (unchanged;
        // it would be -2, deteriorated, without the sqrt(2) of S_diff)
        assertThat(rows.number("cronbach_alpha", "calm", "2")).isCloseTo(29.0 / 30, within(EXACT));
        assertThat(rows.value("rci_improved", "calm", FL)).isEqualTo(3L);
        assertThat(rows.value("rci_deteriorated", "calm", FL)).isEqualTo(0L);
        assertThat(rows.value("rci_unchanged", "calm", FL)).isEqualTo(1L);
    }

    @Test
    void a_single_item_subscale_has_scores_but_no_alpha_item_total_r_or_reliable_change() {
        // hope_1 is reverse-keyed on 1..5: raw 2, 3, 5 -> 4, 3, 1 at wave 1; raw 1, 3, 4 -> 5, 3, 2 at wave 2
        Instrument solo = MiniInstrument.solo();
        RowLookup rows = compute(solo,
                response("p1", 1, solo, "hope_1", 2), response("p2", 1, solo, "hope_1", 3),
                response("p3", 1, solo, "hope_1", 5), response("p1", 2, solo, "hope_1", 1),
                response("p2", 2, solo, "hope_1", 3), response("p3", 2, solo, "hope_1", 4));

        assertThat(rows.number("mean", "hope", "1")).isCloseTo(8.0 / 3, within(EXACT));
        assertThat(rows.value("alpha_n", "hope", "1")).isEqualTo(3L);
        assertThat(rows.value("cronbach_alpha", "hope", "1")).isNull();
        assertThat(rows.value("item_total_r", "hope", "hope_1", "2")).isNull();
        assertThat(rows.number("paired_mean_diff", "hope", FL)).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(rows.value("rci_improved", "hope", FL)).isNull();
    }

    @Test
    void reliable_change_is_empty_when_the_first_wave_alpha_is_one() {
        // warmth's two items are equal for everybody: item variances v + v, total variance 4v -> 2 (1 - 1/2) = 1
        Instrument mini = MiniInstrument.v1();
        RowLookup rows = compute(mini,
                warmth("p1", 1, 2), warmth("p2", 1, 4), warmth("p3", 1, 5),
                warmth("p1", 2, 3), warmth("p2", 2, 5), warmth("p3", 2, 5));

        assertThat(rows.number("cronbach_alpha", "warmth", "1")).isEqualTo(1.0);
        assertThat(rows.value("paired_n", "warmth", FL)).isEqualTo(3L);
        assertThat(rows.value("rci_improved", "warmth", FL)).isNull();
        assertThat(rows.value("rci_unchanged", "warmth", FL)).isNull();
    }

    @Test
    void nobody_scored_at_both_first_and_last_leaves_the_paired_figures_empty() {
        RowLookup rows = compute(MiniInstrument.v1(),
                calm("p1", 1, 2, 3, 1), calm("p2", 1, 4, 5, 3), calm("p3", 2, 3, 3, 3));

        assertThat(rows.number("cronbach_alpha", "calm", "1")).isNotNull();
        assertThat(rows.value("paired_n", "calm", FL)).isEqualTo(0L);
        for (String statistic : List.of("paired_mean_diff", "paired_df", "paired_t", "rci_improved", "rci_unchanged")) {
            assertThat(rows.value(statistic, "calm", FL)).as(statistic).isNull();
        }
        assertThat(rows.value("slope_n", "calm", "all")).isEqualTo(0L);
        assertThat(rows.value("icc_n", "calm", "all")).isEqualTo(0L);
    }

    @Test
    void reliability_of_a_wave_uses_the_latest_version_answered_in_it() {
        // wave 1: p1 answered v1 (3 calm items), p2 and p3 v2 (4 calm items, keyed 2,2,2,2 and 4,4,5,5);
        // alpha over p2 and p3 only: item variances 2 + 2 + 4.5 + 4.5 = 13, totals 8, 18 -> 50;
        // alpha = 4/3 (1 - 13/50) = 74/75. Wave 2 was answered with v1 only.
        Instrument v1 = MiniInstrument.v1();
        Instrument v2 = MiniInstrument.v2();
        List<StatisticRow> computed = StatisticsCalculator.compute(new StudyResponses(List.of(v1, v2), List.of(
                calm("p1", 1, 1, 1, 1),
                response("p2", 1, v2, "calm_1", 2, "calm_2", 2, "calm_3r", 4, "calm_4", 2),
                response("p3", 1, v2, "calm_1", 4, "calm_2", 4, "calm_3r", 1, "calm_4", 5),
                calm("p1", 2, 2, 2, 2), calm("p2", 2, 3, 3, 3))));
        RowLookup rows = new RowLookup(computed);

        assertThat(rows.value("n", "calm", "1")).isEqualTo(3L);
        assertThat(rows.value("alpha_n", "calm", "1")).isEqualTo(2L);
        assertThat(rows.number("cronbach_alpha", "calm", "1")).isCloseTo(74.0 / 75, within(EXACT));
        assertThat(rows.value("alpha_n", "calm", "2")).isEqualTo(2L);
        assertThat(computed).filteredOn(row -> row.statistic().equals("item_total_r") && row.subscale().equals("calm"))
                .extracting(row -> row.wave() + " " + row.item())
                .containsExactly("1 calm_1", "1 calm_2", "1 calm_3r", "1 calm_4", "2 calm_1", "2 calm_2", "2 calm_3r");
        // subscales in the latest version's order, composites last
        assertThat(computed.stream().map(StatisticRow::subscale).distinct()).containsExactly("warmth", "calm", "overall");
    }

    private static Response warmth(String pid, int wave, int keyed) {
        return response(pid, wave, MiniInstrument.v1(), "warmth_1", keyed, "warmth_2r", 6 - keyed);
    }

    private static RowLookup compute(Instrument instrument, Response... responses) {
        return new RowLookup(StatisticsCalculator.compute(new StudyResponses(List.of(instrument), List.of(responses))));
    }
}
