package org.haven.analytics.statistics;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The same responses in any order give the same figures, bit for bit, and the same statistics.csv. */
class DeterminismTest {

    private static final Instrument ESTI = InstrumentLoader.esti();

    @Test
    void statistics_are_identical_whatever_the_order_of_the_input() throws IOException {
        List<Response> responses = randomStudy(new Random(20240607));
        List<StatisticRow> reference = StatisticsCalculator.compute(new StudyResponses(List.of(ESTI), responses));
        String referenceCsv = csv(reference);

        for (int seed = 1; seed <= 5; seed++) {
            List<Response> shuffled = new ArrayList<>();
            for (Response response : responses) {
                shuffled.add(new Response(response.pid(), response.wave(), response.instrumentId(),
                        response.instrumentVersion(), reversedInsertionOrder(response.answers())));
            }
            Collections.shuffle(shuffled, new Random(seed));

            List<StatisticRow> again = StatisticsCalculator.compute(new StudyResponses(List.of(ESTI), shuffled));

            assertThat(again).as("seed %d", seed).isEqualTo(reference);
            assertThat(csv(again)).isEqualTo(referenceCsv);
        }
        // the data exercise every family: some figures are defined for every subscale
        assertThat(reference).filteredOn(row -> row.statistic().equals("lmm_failed")).hasSize(9)
                .allMatch(row -> Long.valueOf(0).equals(row.value()));
        assertThat(reference).filteredOn(row -> row.statistic().equals("icc_2_1") && row.value() != null).hasSize(9);
    }

    /** 40 participants, waves 1..4, each wave answered with probability 0.85 and each item with 0.93. */
    private static List<Response> randomStudy(Random random) {
        List<Response> responses = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            String pid = String.format("%016x", random.nextLong());
            int level = 2 + random.nextInt(5);
            for (int wave = 1; wave <= 4; wave++) {
                if (random.nextDouble() > 0.85) {
                    continue;
                }
                Map<String, Integer> answers = new HashMap<>();
                for (Item item : ESTI.items()) {
                    if (random.nextDouble() < 0.93) {
                        int keyed = Math.max(1, Math.min(7, level + random.nextInt(3) - 1 + (wave > 2 ? 1 : 0)));
                        answers.put(item.id(), item.reverse() ? 8 - keyed : keyed);
                    }
                }
                responses.add(new Response(pid, wave, "esti", 1, answers));
            }
        }
        return responses;
    }

    private static Map<String, Integer> reversedInsertionOrder(Map<String, Integer> answers) {
        List<String> keys = new ArrayList<>(answers.keySet());
        Collections.reverse(keys);
        Map<String, Integer> reversed = new LinkedHashMap<>();
        keys.forEach(key -> reversed.put(key, answers.get(key)));
        return reversed;
    }

    private static String csv(List<StatisticRow> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        StatisticsCsv.write(rows, out);
        return out.toString();
    }
}
