package org.haven.analytics.statistics;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.demo.cohort.CohortGenerator;
import org.haven.demo.cohort.PlantedEffects;
import org.haven.demo.cohort.SyntheticParticipant;
import org.haven.demo.cohort.WaveAnswers;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Subscale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's synthetic cohort (infra/demo) fed to the statistics: the figures must find the effects the
 * generator planted. The expected values are the generator's population parameters, not output of this code.
 */
class PlantedEffectsRecoveryTest {

    private static final Instrument ESTI = InstrumentLoader.esti();
    private static final PlantedEffects PLANTED = PlantedEffects.DEFAULT;
    private static final int WAVES = 4;
    private static RowLookup figures;

    @BeforeAll
    static void analyseASeededCohort() {
        List<SyntheticParticipant> cohort = new CohortGenerator(ESTI, PLANTED, WAVES, 20261125L, 0).generate(300);
        List<Response> responses = new ArrayList<>();
        for (SyntheticParticipant participant : cohort) {
            for (WaveAnswers wave : participant.waves()) {
                responses.add(new Response(participant.ref(), wave.wave(), ESTI.id(), ESTI.version(), wave.answers()));
            }
        }
        figures = new RowLookup(StatisticsCalculator.compute(new StudyResponses(List.of(ESTI), responses)));
    }

    @Test
    void the_mean_slope_of_each_planted_subscale_lies_within_two_standard_errors_of_the_planted_one() {
        for (String subscale : List.of("trust", "honesty", "conflict")) {
            double planted = PLANTED.slopeMean(subscale);
            assertThat(planted).isNotZero();
            assertThat(figures.number("slope_mean", subscale, "all")).as(subscale)
                    .isCloseTo(planted, org.assertj.core.data.Offset.offset(2 * standardError(subscale)));
        }
    }

    @Test
    void the_flat_subscales_show_no_change_beyond_three_standard_errors() {
        for (Subscale subscale : ESTI.subscales()) {
            if (PLANTED.slopeMean(subscale.id()) == 0) {
                assertThat(figures.number("slope_mean", subscale.id(), "all")).as(subscale.id())
                        .isCloseTo(0.0, org.assertj.core.data.Offset.offset(3 * standardError(subscale.id())));
            }
        }
    }

    @Test
    void every_subscale_is_reliable_at_every_wave() {
        for (Subscale subscale : ESTI.subscales()) {
            for (int wave = 1; wave <= WAVES; wave++) {
                assertThat(figures.number("cronbach_alpha", subscale.id(), String.valueOf(wave)))
                        .as(subscale.id() + " wave " + wave).isGreaterThanOrEqualTo(0.7);
            }
        }
    }

    @Test
    void n_falls_from_wave_to_wave_with_dropout() {
        for (String score : List.of("trust", "honesty", "conflict", "respect", "safety")) {
            long previous = Long.MAX_VALUE;
            for (int wave = 1; wave <= WAVES; wave++) {
                long n = figures.value("n", score, String.valueOf(wave)).longValue();
                assertThat(n).as(score + " wave " + wave).isLessThan(previous);
                previous = n;
            }
        }
    }

    @Test
    void the_paired_change_points_the_planted_way() {
        assertThat(figures.number("paired_mean_diff", "trust", "first-last")).isPositive();
        assertThat(figures.number("paired_mean_diff", "conflict", "first-last")).isNegative();
    }

    /** SE of a mean slope = SD of the participants' slopes / sqrt(their number). */
    private static double standardError(String subscale) {
        return figures.number("slope_sd", subscale, "all")
                / Math.sqrt(figures.value("slope_n", subscale, "all").doubleValue());
    }
}
