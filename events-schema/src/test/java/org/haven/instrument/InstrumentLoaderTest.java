package org.haven.instrument;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each test breaks one thing in a small valid instrument and expects the loader to name it. */
class InstrumentLoaderTest {

    private static final String SOURCE = "tiny.json";

    private static final String VALID = """
            {
              "id": "tiny",
              "version": 1,
              "title": "Tiny test instrument",
              "scales": [
                {"id": "agree3", "min": 1, "max": 3, "labels": [
                  {"value": 1, "label": "disagree"},
                  {"value": 2, "label": "neither"},
                  {"value": 3, "label": "agree"}
                ]}
              ],
              "subscales": [
                {"id": "respect", "construct": "respect and validation of feelings"},
                {"id": "trust", "construct": "overall trust in the relationship"}
              ],
              "items": [
                {"id": "respect_1", "subscale": "respect", "text": "My partner takes my feelings seriously.", "reverse": false, "scale": "agree3", "required": false},
                {"id": "respect_2", "subscale": "respect", "text": "My partner mocks my worries.", "reverse": true, "scale": "agree3", "required": false},
                {"id": "trust_1", "subscale": "trust", "text": "I can rely on my partner.", "reverse": false, "scale": "agree3", "required": true},
                {"id": "trust_2", "subscale": "trust", "text": "I keep checking up on my partner.", "reverse": true, "scale": "agree3", "required": false}
              ],
              "composites": [
                {"id": "safety", "description": "mean of respect", "subscales": ["respect"]}
              ]
            }
            """;

    @Test
    void loads_a_valid_instrument() {
        Instrument instrument = InstrumentLoader.fromJson(VALID, SOURCE);

        assertThat(instrument.id()).isEqualTo("tiny");
        assertThat(instrument.items()).extracting(Item::id)
                .containsExactly("respect_1", "respect_2", "trust_1", "trust_2");
        assertThat(instrument.item("respect_2")).hasValueSatisfying(item -> assertThat(item.reverse()).isTrue());
        assertThat(instrument.scales().get(0).labels()).hasSize(3);
        assertThat(instrument.composites().get(0).subscales()).containsExactly("respect");
    }

    @Test
    void loads_the_optional_participant_title_instructions_and_scale_wording_and_leaves_them_absent_otherwise() {
        Instrument own = InstrumentLoader.fromJson(changed("\"title\": \"Tiny test instrument\",", """
                "title": "Tiny test instrument",
                "participantTitle": "About the two of you",
                "instructions": "How often did this happen in the past two weeks?",""")
                .replace("\"max\": 3,", "\"max\": 3, \"wording\": \"frequency\","), SOURCE);
        Instrument plain = InstrumentLoader.fromJson(VALID, SOURCE);

        assertThat(own.participantTitle()).isEqualTo("About the two of you");
        assertThat(own.instructions()).isEqualTo("How often did this happen in the past two weeks?");
        assertThat(own.scales().get(0).wording()).isEqualTo("frequency");
        assertThat(plain.participantTitle()).isNull();
        assertThat(plain.instructions()).isNull();
        assertThat(plain.scales().get(0).wording()).isNull();
    }

    @Test
    void rejects_empty_or_overlong_instructions_and_wording() {
        assertRejected(changed("\"version\": 1,", "\"version\": 1, \"instructions\": \"  \","),
                "instructions is empty");
        assertRejected(changed("\"max\": 3,", "\"max\": 3, \"wording\": \"" + "x".repeat(61) + "\","),
                "scale 'agree3' wording has 61 characters, at most 60");
        assertRejected(changed("\"version\": 1,", "\"version\": 1, \"participntTitle\": \"typo\","),
                "unknown field 'participntTitle'");
    }

    @Test
    void loads_a_valid_instrument_from_a_stream() {
        var in = new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8));

        assertThat(InstrumentLoader.fromJson(in, SOURCE).id()).isEqualTo("tiny");
    }

    @Test
    void rejects_a_missing_instrument_id() {
        assertRejected(VALID.replace("\"id\": \"tiny\",\n", ""), "missing field 'id'");
    }

    @Test
    void rejects_a_blank_instrument_id() {
        assertRejected(changed("\"id\": \"tiny\"", "\"id\": \" \""), "instrument id is missing");
    }

    @Test
    void rejects_a_version_below_1() {
        assertRejected(changed("\"version\": 1", "\"version\": 0"), "instrument version 0 is below 1");
    }

    @Test
    void rejects_an_instrument_without_items() {
        String json = VALID.replaceAll("(?s)\"items\": \\[.*?\\n  \\],", "\"items\": [],");
        assertThat(json).doesNotContain("respect_1");

        assertRejected(json, "instrument has no items");
    }

    @Test
    void rejects_a_duplicate_item_id() {
        assertRejected(changed("\"id\": \"respect_2\"", "\"id\": \"respect_1\""),
                "duplicate item id 'respect_1'");
    }

    @Test
    void rejects_a_duplicate_subscale_id() {
        assertRejected(changed("{\"id\": \"trust\", \"construct\": \"overall trust in the relationship\"}",
                        "{\"id\": \"trust\", \"construct\": \"overall trust in the relationship\"},"
                                + " {\"id\": \"trust\", \"construct\": \"trust again\"}"),
                "duplicate subscale id 'trust'");
    }

    @Test
    void rejects_a_duplicate_scale_id() {
        assertRejected(changed("\"scales\": [", """
                        "scales": [
                          {"id": "agree3", "min": 1, "max": 2, "labels": [{"value": 1, "label": "no"}, {"value": 2, "label": "yes"}]},
                        """),
                "duplicate scale id 'agree3'");
    }

    @Test
    void rejects_an_item_with_an_unknown_subscale() {
        assertRejected(changed("\"subscale\": \"trust\", \"text\": \"I can rely",
                        "\"subscale\": \"trsut\", \"text\": \"I can rely"),
                "item 'trust_1' refers to unknown subscale 'trsut'");
    }

    @Test
    void rejects_an_item_with_an_unknown_scale() {
        assertRejected(changed("\"reverse\": true, \"scale\": \"agree3\", \"required\": false}\n  ]",
                        "\"reverse\": true, \"scale\": \"agree5\", \"required\": false}\n  ]"),
                "item 'trust_2' refers to unknown scale 'agree5'");
    }

    @Test
    void rejects_a_scale_whose_min_is_not_below_max() {
        assertRejected(changed("\"min\": 1, \"max\": 3", "\"min\": 3, \"max\": 3"),
                "scale 'agree3' has min 3 not below max 3");
    }

    @Test
    void rejects_an_item_with_blank_text() {
        assertRejected(changed("\"My partner mocks my worries.\"", "\"  \""), "item 'respect_2' has no text");
    }

    @Test
    void rejects_a_subscale_with_fewer_than_two_items() {
        assertRejected(changed("\"id\": \"trust_2\", \"subscale\": \"trust\"",
                        "\"id\": \"respect_3\", \"subscale\": \"respect\""),
                "subscale 'trust' has 1 item, needs at least 2");
    }

    @Test
    void rejects_a_scale_value_without_a_label() {
        assertRejected(changed("{\"value\": 2, \"label\": \"neither\"},\n", ""),
                "scale 'agree3' has no label for value 2");
    }

    @Test
    void rejects_a_label_outside_the_scale_range() {
        assertRejected(changed("{\"value\": 3, \"label\": \"agree\"}",
                        "{\"value\": 3, \"label\": \"agree\"}, {\"value\": 4, \"label\": \"very\"}"),
                "scale 'agree3' has a label for value 4 outside 1..3");
    }

    @Test
    void rejects_two_labels_for_the_same_value() {
        assertRejected(changed("{\"value\": 3, \"label\": \"agree\"}",
                        "{\"value\": 3, \"label\": \"agree\"}, {\"value\": 3, \"label\": \"yes\"}"),
                "scale 'agree3' has 2 labels for value 3");
    }

    @Test
    void rejects_a_composite_with_an_unknown_subscale() {
        assertRejected(changed("\"subscales\": [\"respect\"]", "\"subscales\": [\"respect\", \"honesty\"]"),
                "composite 'safety' refers to unknown subscale 'honesty'");
    }

    @Test
    void rejects_a_composite_without_subscales() {
        assertRejected(changed("\"subscales\": [\"respect\"]", "\"subscales\": []"),
                "composite 'safety' lists no subscales");
    }

    @Test
    void rejects_ids_that_are_not_variable_names_naming_each_id_and_the_rule() {
        // They become column names of the datasets and variable names in R, SPSS and Stata; one that starts
        // with = or @ is also a formula to a spreadsheet.
        String json = changed("\"id\": \"tiny\"", "\"id\": \"tiny v1\"")
                .replace("\"id\": \"respect_1\"", "\"id\": \"=1+1\"")
                .replace("\"respect\"", "\"re-spect\"")
                .replace("\"id\": \"safety\"", "\"id\": \"_safety\"");

        InvalidInstrumentException e = rejected(json);

        String rule = " must start with a letter and contain only letters, digits and _";
        assertThat(e.problems()).containsExactly(
                "instrument id 'tiny v1'" + rule,
                "subscale id 're-spect'" + rule,
                "item id '=1+1'" + rule,
                "composite id '_safety'" + rule);
    }

    @Test
    void accepts_ids_of_letters_digits_and_underscores_that_start_with_a_letter() {
        String json = VALID.replace("\"respect_1\"", "\"Respect1_b\"").replace("\"respect\"", "\"r\"");

        assertThat(InstrumentLoader.fromJson(json, SOURCE).items()).extracting(Item::id)
                .containsExactly("Respect1_b", "respect_2", "trust_1", "trust_2");
    }

    @Test
    void rejects_malformed_json_naming_the_line() {
        // A trailing comma, the classic hand-editing slip, on line 3.
        assertRejected(changed("\"version\": 1,", "\"version\": 1,,"), "malformed json", "at line 3");
    }

    @Test
    void rejects_an_unknown_field_naming_the_field_and_the_line() {
        assertRejected(changed("\"reverse\": true, \"scale\": \"agree3\", \"required\": false},\n",
                        "\"revrse\": true, \"scale\": \"agree3\", \"required\": false},\n"),
                "unknown field 'revrse' in items[1]", "at line 18");
    }

    @Test
    void rejects_a_missing_field_instead_of_defaulting_it() {
        // A silently defaulted reverse flag would mis-score the item.
        assertRejected(changed("\"reverse\": true, \"scale\": \"agree3\", \"required\": false},\n",
                        "\"scale\": \"agree3\", \"required\": false},\n"),
                "missing field 'reverse' in items[1]");
    }

    @Test
    void reports_every_problem_at_once() {
        String json = VALID.replace("\"id\": \"respect_2\"", "\"id\": \"respect_1\"")
                .replace("\"version\": 1", "\"version\": 0");

        InvalidInstrumentException e = rejected(json);

        assertThat(e.problems()).containsExactly("instrument version 0 is below 1", "duplicate item id 'respect_1'");
        assertThat(e.getMessage()).isEqualTo("""
                tiny.json: instrument version 0 is below 1
                tiny.json: duplicate item id 'respect_1'""");
    }

    /** VALID with exactly one occurrence of {@code from} replaced, so a test cannot silently break nothing. */
    private static String changed(String from, String to) {
        assertThat(VALID.split(Pattern.quote(from), -1)).as("occurrences of " + from).hasSize(2);
        return VALID.replace(from, to);
    }

    private static void assertRejected(String json, String... expectedFragments) {
        InvalidInstrumentException e = rejected(json);
        assertThat(e.getMessage()).startsWith(SOURCE + ": ");
        for (String fragment : expectedFragments) {
            assertThat(e.getMessage()).containsIgnoringCase(fragment);
        }
    }

    private static InvalidInstrumentException rejected(String json) {
        InvalidInstrumentException e = catchThrowableOfType(
                () -> InstrumentLoader.fromJson(json, SOURCE), InvalidInstrumentException.class);
        assertThat(e).as("expected %s to be rejected", SOURCE).isNotNull();
        return e;
    }
}
