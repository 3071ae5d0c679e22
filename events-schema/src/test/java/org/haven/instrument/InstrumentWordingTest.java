package org.haven.instrument;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentWordingTest {

    private static final Scale FREQUENCY = new Scale("freq5", 1, 5, List.of(new ValueLabel(1, "never"),
            new ValueLabel(2, "rarely"), new ValueLabel(3, "sometimes"), new ValueLabel(4, "often"),
            new ValueLabel(5, "always")), "frequency");

    @Test
    void an_instrument_in_its_own_words_is_shown_and_described_with_them() {
        Instrument often = instrument(FREQUENCY, "Everyday moments with your partner",
                "How often did each of these happen in the past two weeks?");

        assertThat(InstrumentWording.pageTitle(often)).isEqualTo("Everyday moments with your partner");
        assertThat(InstrumentWording.instructions(often))
                .isEqualTo("How often did each of these happen in the past two weeks?");
        assertThat(InstrumentWording.scaleDescription(List.of(often)))
                .contains("the 1\u20135 frequency scale (1 = never, 5 = always)");
    }

    @Test
    void without_words_of_its_own_it_is_described_by_its_scale_never_as_one_of_agreement() {
        Scale unworded = new Scale("freq5", 1, 5, FREQUENCY.labels());
        Instrument plain = instrument(unworded, null, null);

        assertThat(InstrumentWording.pageTitle(plain)).isEqualTo("Everyday Interactions Frequency Scale");
        assertThat(InstrumentWording.instructions(plain))
                .isEqualTo("For each statement, choose an answer from 1 (never) to 5 (always).");
        assertThat(InstrumentWording.scaleDescription(List.of(plain))).contains("the 1\u20135 scale (1 = never, 5 = always)");
        assertThat(InstrumentWording.instructions(InstrumentLoader.esti())).isEqualTo(
                "For each statement, choose an answer from 1 (strongly disagree) to 7 (strongly agree).");
    }

    @Test
    void instruments_on_different_scales_have_no_one_scale_to_describe() {
        Scale agree = new Scale("agree3", 1, 3, List.of(new ValueLabel(1, "disagree"), new ValueLabel(2, "neither"),
                new ValueLabel(3, "agree")), "agreement");

        assertThat(InstrumentWording.scaleDescription(List.of(instrument(FREQUENCY, null, null),
                instrument(agree, null, null)))).isEmpty();
        assertThat(InstrumentWording.scaleDescription(List.of(instrument(FREQUENCY, null, null),
                instrument(FREQUENCY, "other title", null)))).isPresent();
    }

    private static Instrument instrument(Scale scale, String participantTitle, String instructions) {
        return new Instrument("often", 1, "Everyday Interactions Frequency Scale", List.of(scale),
                List.of(new Subscale("warmth", "warm moments"), new Subscale("friction", "friction")),
                List.of(new Item("warmth_1", "warmth", "We laughed together.", false, scale.id(), false),
                        new Item("warmth_2", "warmth", "My partner ignored me.", true, scale.id(), false),
                        new Item("friction_1", "friction", "We argued about chores.", false, scale.id(), false),
                        new Item("friction_2", "friction", "We argued about money.", false, scale.id(), false)),
                List.of(), participantTitle, instructions);
    }
}
