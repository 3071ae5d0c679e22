package org.haven.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** ESTI v1 as shipped: its structure is what the scoring, the codebook and the report rely on. */
class EstiInstrumentTest {

    private static final List<String> SUBSCALES = List.of(
            "respect", "listening", "honesty", "vulnerability", "security", "conflict", "maintenance", "trust");

    private final Instrument esti = InstrumentLoader.esti();

    @Test
    void is_version_1_of_esti() {
        assertThat(esti.id()).isEqualTo("esti");
        assertThat(esti.version()).isEqualTo(1);
        assertThat(esti.title()).isNotBlank();
    }

    @Test
    void every_id_is_a_valid_variable_name() {
        List<String> ids = new java.util.ArrayList<>(List.of(esti.id()));
        esti.subscales().forEach(subscale -> ids.add(subscale.id()));
        esti.items().forEach(item -> ids.add(item.id()));
        esti.composites().forEach(composite -> ids.add(composite.id()));

        assertThat(ids).hasSize(1 + 8 + 36 + 1).allMatch(InstrumentIds::isValid);
    }

    @Test
    void has_the_eight_subscales_in_order() {
        assertThat(esti.subscales()).extracting(Subscale::id).containsExactlyElementsOf(SUBSCALES);
        assertThat(esti.subscales()).allSatisfy(subscale -> assertThat(subscale.construct()).isNotBlank());
    }

    @Test
    void each_subscale_has_four_or_five_items_and_at_least_one_reverse_keyed() {
        for (String subscale : SUBSCALES) {
            List<Item> items = esti.itemsOf(subscale);
            assertThat(items).as(subscale).hasSizeBetween(4, 5);
            assertThat(items).as(subscale).anyMatch(Item::reverse);
        }
    }

    @Test
    void about_a_third_of_the_items_are_reverse_keyed() {
        double share = esti.items().stream().filter(Item::reverse).count() / (double) esti.items().size();
        assertThat(share).isBetween(0.25, 0.45);
    }

    @Test
    void items_are_grouped_by_subscale_in_subscale_order_with_unique_ids() {
        List<String> expectedIds = SUBSCALES.stream()
                .flatMap(subscale -> IntStream.rangeClosed(1, esti.itemsOf(subscale).size())
                        .mapToObj(n -> subscale + "_" + n))
                .toList();
        assertThat(esti.items()).extracting(Item::id).containsExactlyElementsOf(expectedIds).doesNotHaveDuplicates();
    }

    @Test
    void every_item_is_optional_and_answered_on_the_seven_point_agreement_scale() {
        assertThat(esti.items()).allSatisfy(item -> {
            assertThat(item.required()).as(item.id()).isFalse();
            assertThat(item.scale()).as(item.id()).isEqualTo("agree7");
        });
    }

    @Test
    void item_texts_are_short_single_sentences() {
        // Read on a phone: one line of thought, no wall of text.
        assertThat(esti.items()).allSatisfy(item ->
                assertThat(item.text()).as(item.id()).hasSizeLessThanOrEqualTo(80).endsWith("."));
        assertThat(esti.items()).extracting(Item::text).doesNotHaveDuplicates();
    }

    @Test
    void every_value_from_1_to_7_has_its_label() {
        assertThat(esti.scales()).singleElement().satisfies(scale -> {
            assertThat(scale.id()).isEqualTo("agree7");
            assertThat(scale.min()).isEqualTo(1);
            assertThat(scale.max()).isEqualTo(7);
            assertThat(scale.labels()).containsExactly(
                    new ValueLabel(1, "strongly disagree"),
                    new ValueLabel(2, "disagree"),
                    new ValueLabel(3, "somewhat disagree"),
                    new ValueLabel(4, "neither agree nor disagree"),
                    new ValueLabel(5, "somewhat agree"),
                    new ValueLabel(6, "agree"),
                    new ValueLabel(7, "strongly agree"));
        });
    }

    @Test
    void the_safety_composite_is_the_seven_subscales_other_than_trust() {
        assertThat(esti.composites()).singleElement().satisfies(composite -> {
            assertThat(composite.id()).isEqualTo("safety");
            assertThat(composite.subscales()).containsExactlyElementsOf(SUBSCALES.subList(0, 7));
            assertThat(composite.description()).isNotBlank();
        });
    }

    @Test
    void the_data_file_has_exactly_the_json_shape_of_the_instrument_record() throws IOException {
        // Same tree as Jackson writes the record in an event (absent optional fields left out), so the file can be
        // pasted into an event and back.
        ObjectMapper mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        try (InputStream in = getClass().getResourceAsStream(InstrumentLoader.ESTI_RESOURCE)) {
            assertThat(mapper.readTree(in)).isEqualTo(mapper.valueToTree(esti));
        }
    }
}
