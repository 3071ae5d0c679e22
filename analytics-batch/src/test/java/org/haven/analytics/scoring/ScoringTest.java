package org.haven.analytics.scoring;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.haven.analytics.scoring.MiniInstrument.response;

class ScoringTest {

    private static final Instrument ESTI = InstrumentLoader.esti();

    @Test
    void reverse_keyed_items_score_min_plus_max_minus_value() {
        // respect_3 and respect_5 are reverse-keyed on 1..7: raw 2 -> 8 - 2 = 6, raw 1 -> 8 - 1 = 7
        // keyed 7, 6, 6, 5, 7 -> 31 / 5 = 6.2
        // listening_4 is reverse-keyed: raw 2 -> 6; keyed 5, 5, 5, 6 -> 21 / 4 = 5.25
        ScoredStudy scored = score(ESTI, esti("p1", 1, Map.of(
                "respect_1", 7, "respect_2", 6, "respect_3", 2, "respect_4", 5, "respect_5", 1,
                "listening_1", 5, "listening_2", 5, "listening_3", 5, "listening_4", 2)));

        assertThat(value(scored, "p1", 1, "respect")).isCloseTo(6.2, within(1e-15));
        assertThat(value(scored, "p1", 1, "listening")).isEqualTo(5.25);
    }

    @Test
    void a_subscale_is_scored_from_exactly_ceil_two_thirds_of_its_items_and_missing_with_one_fewer() {
        // respect k = 5 needs ceil(10/3) = 4: keyed 7, 6, 5, 7 (respect_5 raw 1 -> 7) -> 25 / 4 = 6.25
        // listening k = 4 needs ceil(8/3) = 3: keyed 5, 5, 6 -> 16 / 3
        ScoredStudy enough = score(ESTI, esti("p1", 1, Map.of(
                "respect_1", 7, "respect_2", 6, "respect_4", 5, "respect_5", 1,
                "listening_1", 5, "listening_2", 5, "listening_4", 2)));
        ScoredStudy oneFewer = score(ESTI, esti("p1", 1, Map.of(
                "respect_1", 7, "respect_2", 6, "respect_4", 5,
                "listening_1", 5, "listening_2", 5)));

        assertThat(value(enough, "p1", 1, "respect")).isEqualTo(6.25);
        assertThat(value(enough, "p1", 1, "listening")).isCloseTo(16.0 / 3, within(1e-15));
        assertThat(value(oneFewer, "p1", 1, "respect")).isNull();
        assertThat(value(oneFewer, "p1", 1, "listening")).isNull();
    }

    @Test
    void a_three_item_subscale_needs_two_answers_and_a_two_item_subscale_needs_both() {
        // calm k = 3 needs ceil(6/3) = 2: calm_1 2 and calm_3r raw 5 -> keyed 1: (2 + 1) / 2 = 1.5
        // warmth k = 2 needs ceil(4/3) = 2: one answer is not enough
        Instrument mini = MiniInstrument.v1();
        ScoredStudy scored = score(mini,
                response("p1", 1, mini, "calm_1", 2, "calm_3r", 5, "warmth_1", 4),
                response("p2", 1, mini, "calm_2", 4, "warmth_1", 4, "warmth_2r", 1));

        assertThat(value(scored, "p1", 1, "calm")).isEqualTo(1.5);
        assertThat(value(scored, "p1", 1, "warmth")).isNull();
        assertThat(value(scored, "p2", 1, "calm")).isNull();
        // warmth_2r raw 1 -> 5: (4 + 5) / 2 = 4.5
        assertThat(value(scored, "p2", 1, "warmth")).isEqualTo(4.5);
    }

    @Test
    void a_single_item_subscale_is_scored_from_its_one_answered_item() {
        // k = 1 needs ceil(2/3) = 1; hope_1 is reverse-keyed on 1..5: raw 2 -> 4
        Instrument solo = MiniInstrument.solo();
        ScoredStudy scored = score(solo, response("p1", 1, solo, "hope_1", 2), response("p2", 1, solo));

        assertThat(value(scored, "p1", 1, "hope")).isEqualTo(4.0);
        assertThat(value(scored, "p2", 1, "hope")).isNull();
    }

    @Test
    void a_composite_is_the_mean_of_its_subscales_and_missing_when_one_of_them_is_missing() {
        // p1: calm (3 + 4 + (6 - 2)) / 3 = 11/3, warmth (5 + (6 - 4)) / 2 = 3.5 -> overall (11/3 + 3.5) / 2 = 43/12
        // p2: calm as p1, warmth has one answer of two -> missing -> overall missing
        Instrument mini = MiniInstrument.v1();
        ScoredStudy scored = score(mini,
                response("p1", 1, mini, "calm_1", 3, "calm_2", 4, "calm_3r", 2, "warmth_1", 5, "warmth_2r", 4),
                response("p2", 1, mini, "calm_1", 3, "calm_2", 4, "calm_3r", 2, "warmth_1", 5));

        assertThat(value(scored, "p1", 1, "overall")).isCloseTo(43.0 / 12, within(1e-15));
        assertThat(value(scored, "p2", 1, "calm")).isCloseTo(11.0 / 3, within(1e-15));
        assertThat(value(scored, "p2", 1, "overall")).isNull();
    }

    @Test
    void esti_safety_needs_all_seven_subscales_but_not_trust() {
        // every item of the seven answered 4 (keyed 4 whether reversed or not: 8 - 4 = 4) -> safety 4
        Map<String, Integer> sevenSubscales = new HashMap<>();
        ESTI.items().stream().filter(item -> !item.subscale().equals("trust"))
                .forEach(item -> sevenSubscales.put(item.id(), 4));
        Map<String, Integer> withoutMaintenance = new HashMap<>(sevenSubscales);
        withoutMaintenance.keySet().removeIf(id -> id.startsWith("maintenance_"));

        ScoredStudy scored = score(ESTI, esti("p1", 1, sevenSubscales), esti("p2", 1, withoutMaintenance));

        assertThat(value(scored, "p1", 1, "trust")).isNull();
        assertThat(value(scored, "p1", 1, "safety")).isEqualTo(4.0);
        assertThat(value(scored, "p2", 1, "safety")).isNull();
        assertThat(scored.scoreIds()).containsExactly("respect", "listening", "honesty", "vulnerability", "security",
                "conflict", "maintenance", "trust", "safety");
    }

    @Test
    void a_score_uses_the_items_of_the_version_the_participant_answered() {
        // the same two calm answers: enough for v1 (k = 3 needs 2), not for v2 (k = 4 needs 3)
        Instrument v1 = MiniInstrument.v1();
        Instrument v2 = MiniInstrument.v2();
        ScoredStudy scored = new Study(List.of(v1, v2)).score(
                response("p1", 1, v1, "calm_1", 2, "calm_2", 4),
                response("p2", 1, v2, "calm_1", 2, "calm_2", 4),
                response("p3", 1, v2, "calm_1", 2, "calm_2", 4, "calm_4", 3));

        assertThat(value(scored, "p1", 1, "calm")).isEqualTo(3.0);
        assertThat(value(scored, "p2", 1, "calm")).isNull();
        assertThat(value(scored, "p3", 1, "calm")).isEqualTo(3.0);
        // output order follows the latest version (warmth before calm), composites last
        assertThat(scored.scoreIds()).containsExactly("warmth", "calm", "overall");
    }

    @Test
    void scores_long_has_a_row_per_answered_wave_and_score_sorted_whatever_the_input_order() {
        Instrument mini = MiniInstrument.v1();
        List<Response> responses = new ArrayList<>(List.of(
                MiniInstrument.calm("b", 3, 1, 2, 3), MiniInstrument.calm("a", 2, 5, 5, 5),
                MiniInstrument.calm("b", 1, null, null, 3), MiniInstrument.calm("a", 1, 1, 1, 1)));
        Collections.shuffle(responses, new Random(7));

        ScoredStudy scored = score(mini, responses.toArray(Response[]::new));

        assertThat(scored.scores()).extracting(s -> s.pid() + " " + s.wave() + " " + s.scoreId() + " " + s.value())
                .containsExactly(
                        "a 1 calm 1.0", "a 1 warmth 3.0", "a 1 overall 2.0",
                        "a 2 calm 5.0", "a 2 warmth 3.0", "a 2 overall 4.0",
                        "b 1 calm null", "b 1 warmth 3.0", "b 1 overall null",
                        "b 3 calm 2.0", "b 3 warmth 3.0", "b 3 overall 2.5");
        assertThat(scored.waves()).containsExactly(1, 2, 3);
    }

    @Test
    void rejects_input_that_the_write_side_would_never_have_accepted() {
        Instrument mini = MiniInstrument.v1();
        assertThatThrownBy(() -> score(mini, response("p1", 1, mini, "calm_9", 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calm_9");
        assertThatThrownBy(() -> score(mini, response("p1", 1, mini, "calm_1", 6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 1..5");
        assertThatThrownBy(() -> score(mini, response("p1", 1, mini), response("p1", 1, mini)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two responses at wave 1");
        assertThatThrownBy(() -> score(mini, response("p1", 1, MiniInstrument.v2())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no instrument mini v2");
    }

    private static Response esti(String pid, int wave, Map<String, Integer> answers) {
        return new Response(pid, wave, "esti", 1, answers);
    }

    private static ScoredStudy score(Instrument instrument, Response... responses) {
        return new Study(List.of(instrument)).score(responses);
    }

    private static Double value(ScoredStudy scored, String pid, int wave, String scoreId) {
        return scored.scores().stream()
                .filter(s -> s.pid().equals(pid) && s.wave() == wave && s.scoreId().equals(scoreId))
                .reduce((a, b) -> {
                    throw new AssertionError("two scores for " + pid + " " + wave + " " + scoreId);
                })
                .orElseThrow(() -> new AssertionError("no row for " + pid + " " + wave + " " + scoreId))
                .value();
    }

    private record Study(List<Instrument> instruments) {
        ScoredStudy score(Response... responses) {
            return Scoring.score(new StudyResponses(instruments, List.of(responses)));
        }
    }
}
