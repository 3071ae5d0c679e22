package org.haven.analytics.statistics;

import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.scoring.MiniInstrument;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.haven.analytics.scoring.MiniInstrument.calm;

/** The registry describes every row the calculator writes: name, wave field, number type, subscales or composites. */
class StatisticTest {

    private static final List<StatisticRow> ROWS = StatisticsCalculator.compute(new StudyResponses(
            List.of(MiniInstrument.v1()),
            List.of(calm("p1", 1, 2, 3, 1), calm("p2", 1, 3, 3, 3), calm("p3", 1, 4, 5, 3), calm("p4", 1, 5, 5, 5),
                    calm("p1", 2, 4, 4, 4), calm("p2", 2, 3, 4, 2), calm("p3", 2, 5, 5, 4), calm("p4", 2, 4, 5, 3),
                    calm("p1", 3, 4, 4, 4), calm("p2", 3, 1, 2, 3), calm("p3", 3, 5, 5, 5), calm("p4", 3, 3, 4, 4))));

    @Test
    void every_row_is_a_registered_figure_with_the_wave_field_and_number_type_of_its_kind() {
        for (StatisticRow row : ROWS) {
            Statistic statistic = Statistic.of(row.statistic());
            if (statistic.kind() == Statistic.Kind.PER_WAVE) {
                assertThat(row.wave()).as("%s", row).matches("\\d+");
            } else {
                assertThat(row.wave()).as("%s", row).isEqualTo(statistic.kind().wave());
            }
            assertThat(row.item() != null).as("%s", row).isEqualTo(statistic == Statistic.ITEM_TOTAL_R);
            if (row.value() != null) {
                assertThat(row.value() instanceof Long).as("%s", row).isEqualTo(statistic.isInteger());
            }
        }
        assertThat(ROWS.stream().map(r -> Statistic.of(r.statistic())).collect(Collectors.toSet()))
                .as("every registered figure is computed").containsExactlyInAnyOrder(Statistic.values());
    }

    @Test
    void composites_get_every_figure_but_the_subscales_only_ones() {
        Set<Statistic> ofComposite = ROWS.stream().filter(r -> r.subscale().equals("overall"))
                .map(r -> Statistic.of(r.statistic())).collect(Collectors.toCollection(() -> EnumSet.noneOf(Statistic.class)));
        Set<Statistic> ofSubscale = ROWS.stream().filter(r -> r.subscale().equals("calm"))
                .map(r -> Statistic.of(r.statistic())).collect(Collectors.toCollection(() -> EnumSet.noneOf(Statistic.class)));

        assertThat(ofSubscale).containsExactlyInAnyOrder(Statistic.values());
        for (Statistic statistic : Statistic.values()) {
            assertThat(ofComposite.contains(statistic)).as("%s", statistic).isEqualTo(!statistic.subscalesOnly());
        }
    }

    @Test
    void names_are_those_of_statistics_csv_and_unknown_names_are_refused() {
        assertThat(Statistic.of("cronbach_alpha")).isEqualTo(Statistic.CRONBACH_ALPHA);
        assertThat(Statistic.PAIRED_P.kind().wave()).isEqualTo("first-last");
        assertThat(Statistic.LMM_SLOPE.kind().wave()).isEqualTo("all");
        assertThat(Statistic.named("alpha")).isEmpty();
        assertThatThrownBy(() -> StatisticsCsv.write(List.of(new StatisticRow("alpha", "calm", null, "1", 0.5)),
                new StringBuilder())).hasMessageContaining("no statistic named 'alpha'");
    }
}
