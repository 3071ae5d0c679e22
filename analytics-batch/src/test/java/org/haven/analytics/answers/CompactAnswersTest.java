package org.haven.analytics.answers;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactAnswersTest {

    @Test
    void holdsTheSameEntriesAsTheMapItWasBuiltFrom() {
        Map<String, Integer> answers = new TreeMap<>(Map.of("trust_1", 7, "trust_2", 1, "honesty_3", 4));
        Map<String, Integer> compact = new ItemIndex().compact(answers);

        assertThat(compact).isInstanceOf(CompactAnswers.class).isEqualTo(answers).hasSize(3);
        assertThat(compact.hashCode()).isEqualTo(answers.hashCode());
        assertThat(compact.get("trust_2")).isEqualTo(1);
        assertThat(compact.get("trust_3")).isNull();
        assertThat(compact.containsKey("honesty_3")).isTrue();
        assertThat(compact.containsKey("trust_3")).isFalse();
    }

    @Test
    void iteratesInTheIndexOrderAndLeavesSkippedItemsOut() {
        ItemIndex index = new ItemIndex(List.of("c", "a", "b", "d"));
        Map<String, Integer> compact = index.compact(new TreeMap<>(Map.of("a", 2, "d", 5, "c", -3)));

        assertThat(compact.keySet()).containsExactly("c", "a", "d");
        assertThat(compact.values()).containsExactly(-3, 2, 5);
    }

    @Test
    void answersBuiltBeforeTheIndexGrewStayAsTheyWere() {
        ItemIndex index = new ItemIndex();
        Map<String, Integer> first = index.compact(Map.of("a", 1));
        Map<String, Integer> second = index.compact(Map.of("b", 2, "c", 3));

        assertThat(first).isEqualTo(Map.of("a", 1));
        assertThat(first.get("c")).isNull();
        assertThat(second).isEqualTo(Map.of("b", 2, "c", 3));
    }

    @Test
    void anOrderSetLaterAppliesToAnswersBuiltBefore() {
        ItemIndex index = new ItemIndex();
        Map<String, Integer> early = index.compact(new TreeMap<>(Map.of("a", 1, "b", 2, "z", 3)));

        index.orderLike(List.of("z", "c", "a"));
        Map<String, Integer> late = index.compact(Map.of("c", 4, "b", 5));

        assertThat(early.keySet()).containsExactly("z", "a", "b");
        assertThat(late.keySet()).containsExactly("c", "b");
        assertThat(early).isEqualTo(Map.of("a", 1, "b", 2, "z", 3));
    }

    @Test
    void valuesBeyondAByteAreKeptExactlyInAnOrdinaryMap() {
        Map<String, Integer> wide = new ItemIndex().compact(Map.of("slider", 1000, "other", -128));

        assertThat(wide).isNotInstanceOf(CompactAnswers.class).isEqualTo(Map.of("slider", 1000, "other", -128));
    }

    @Test
    void isImmutable() {
        Map<String, Integer> compact = new ItemIndex().compact(Map.of("a", 1));

        assertThatThrownBy(() -> compact.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(CompactAnswers.copyOf(compact)).isSameAs(compact);
    }
}
