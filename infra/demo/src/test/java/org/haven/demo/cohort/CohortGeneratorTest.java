package org.haven.demo.cohort;

import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CohortGeneratorTest {

    private static final Instrument ESTI = InstrumentLoader.esti();

    private static List<SyntheticParticipant> cohort(long seed, int n) {
        return new CohortGenerator(ESTI, PlantedEffects.DEFAULT, 4, seed, 10).generate(n);
    }

    @Test
    void the_same_seed_gives_the_same_cohort_and_another_seed_another() {
        assertThat(cohort(42, 50)).isEqualTo(cohort(42, 50));
        assertThat(cohort(43, 50)).isNotEqualTo(cohort(42, 50));
    }

    @Test
    void a_participant_does_not_depend_on_the_cohort_size() {
        assertThat(cohort(7, 300).subList(0, 20)).isEqualTo(cohort(7, 20));
    }

    @Test
    void every_value_is_on_the_items_scale_and_every_item_belongs_to_esti() {
        for (SyntheticParticipant participant : cohort(1, 300)) {
            for (WaveAnswers wave : participant.waves()) {
                assertThat(wave.answers()).isNotEmpty();
                wave.answers().forEach((itemId, value) -> {
                    assertThat(ESTI.item(itemId)).isPresent();
                    assertThat(value).isBetween(1, 7);
                });
            }
        }
    }

    @Test
    void dropout_makes_n_fall_from_wave_to_wave() {
        List<SyntheticParticipant> cohort = cohort(3, 300);
        int[] n = IntStream.rangeClosed(1, 4).map(wave -> (int) cohort.stream()
                .filter(p -> p.waves().stream().anyMatch(w -> w.wave() == wave)).count()).toArray();
        assertThat(n[0]).isEqualTo(300);
        assertThat(n[1]).isLessThan(n[0]);
        assertThat(n[2]).isLessThan(n[1]);
        assertThat(n[3]).isLessThan(n[2]);
        // roughly (1 - hazard)^(w-1) * (1 - skip) of the cohort: 0.92^3 * 0.95 * 300 = 222
        assertThat(n[3]).isBetween(190, 255);
    }

    @Test
    void some_waves_are_skipped_by_participants_who_answer_a_later_one() {
        long withGap = cohort(5, 300).stream().filter(p -> {
            List<Integer> waves = p.waves().stream().map(WaveAnswers::wave).toList();
            return waves.get(waves.size() - 1) > waves.size();
        }).count();
        assertThat(withGap).isPositive();
    }

    @Test
    void about_three_percent_of_items_are_skipped() {
        int asked = 0;
        int answered = 0;
        for (SyntheticParticipant participant : cohort(11, 300)) {
            for (WaveAnswers wave : participant.waves()) {
                asked += ESTI.items().size();
                answered += wave.answers().size();
            }
        }
        double skipped = 1 - (double) answered / asked;
        assertThat(skipped).isBetween(0.02, 0.04);
    }

    @Test
    void every_tenth_participant_goes_through_the_import() {
        List<SyntheticParticipant> cohort = cohort(1, 100);
        assertThat(cohort.stream().filter(SyntheticParticipant::imported).count()).isEqualTo(10);
        assertThat(cohort.get(9).imported()).isTrue();
        assertThat(cohort.get(9).ref()).isEqualTo("demo-0010");
    }

    @Test
    void reverse_keyed_items_are_answered_on_the_reversed_scale() {
        // A participant far above the midpoint agrees with plain items and disagrees with reversed ones.
        PlantedEffects high = new PlantedEffects(6.5, 0.0, 0.5, Map.of(), 0.0, 0.5, 0.0, 0.0, 0.0, 0.0);
        WaveAnswers wave = new CohortGenerator(ESTI, high, 1, 1, 0).participant(0).waves().get(0);
        for (Item item : ESTI.items()) {
            assertThat(wave.answers().get(item.id())).as(item.id()).isEqualTo(item.reverse() ? 1 : 7);
        }
    }

    @Test
    void values_beyond_the_scale_are_clamped_to_its_ends() {
        var scale = ESTI.scales().get(0);
        assertThat(CohortGenerator.raw(scale, false, 9.3)).isEqualTo(7);
        assertThat(CohortGenerator.raw(scale, false, -2)).isEqualTo(1);
        assertThat(CohortGenerator.raw(scale, true, 9.3)).isEqualTo(1);
        assertThat(CohortGenerator.raw(scale, false, 4.4)).isEqualTo(4);
    }
}
