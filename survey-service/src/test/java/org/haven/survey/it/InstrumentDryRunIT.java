package org.haven.survey.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.haven.instrument.InstrumentLoader;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instrument is checked before it costs a version: the validation answers the same problems publishing would
 * refuse it with, and the preview shows the participants' page for it; neither stores anything.
 */
class InstrumentDryRunIT extends ServiceTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Test
    void a_usable_instrument_validates_and_nothing_is_stored() throws Exception {
        long before = eventCount();

        var validation = api.postJson("/api/instruments/validation", researcher(), pilot(null));

        assertThat(validation.status()).as(validation.body()).isEqualTo(200);
        assertThat(validation.json().get("valid").asBoolean()).isTrue();
        assertThat(validation.json().get("errors")).isEmpty();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void validation_names_the_same_problems_publishing_refuses_with() throws Exception {
        String broken = pilot("agree9");
        long before = eventCount();

        var validation = api.postJson("/api/instruments/validation", researcher(), broken);

        assertThat(validation.status()).as(validation.body()).isEqualTo(200);
        assertThat(validation.json().get("valid").asBoolean()).isFalse();
        assertThat(validation.json().get("errors").toString()).contains("unknown scale 'agree9'");
        assertThat(eventCount()).isEqualTo(before);
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        var published = refused(422, () -> api.postJson("/api/studies/" + studyId + "/instruments", researcher(), broken));
        assertThat(validation.json().get("errors")).isEqualTo(published.json().get("errors"));
        assertThat(refused(400, () -> api.postJson("/api/instruments/validation", researcher(), "{\"id\":"))
                .body()).contains("line 1");
    }

    @Test
    void the_preview_is_the_participants_page_for_the_instrument_and_cannot_submit() throws Exception {
        long before = eventCount();

        var preview = api.postJson("/api/instruments/preview", researcher(), pilot(null));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("text/html");
        assertThat(preview.body()).contains("Pilot of the lab &lt;b&gt;", "Preview for researchers",
                "I feel at home here.", "id=\"questionnaire\"").doesNotContain("<b>", "questionnaire.js");
        assertThat(preview.body()).containsPattern("id=\"submit\"[^>]*disabled");
        assertThat(eventCount()).isEqualTo(before);
        String broken = pilot("agree9");
        assertThat(refused(422, () -> api.postJson("/api/instruments/preview", researcher(), broken))
                .body()).contains("agree9");
    }

    @Test
    void a_studys_current_instrument_can_be_previewed_and_only_by_researchers() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");

        var preview = api.get("/api/studies/" + studyId + "/instruments/current/preview", researcher());

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains(InstrumentLoader.esti().items().get(0).text().replace("'", "&#39;"));
        Enrolled participant = enroll(studyId);
        assertThat(api.get("/api/studies/" + studyId + "/instruments/current/preview",
                ApiClient.bearer(participant.token())).status()).isEqualTo(401);
        assertThat(api.postJson("/api/instruments/validation", null, "{}").status()).isEqualTo(401);
    }

    /** A 4-item instrument on a 1–5 scale; {@code itemScale} replaces the first item's scale when given. */
    private static String pilot(String itemScale) throws Exception {
        ObjectNode instrument = (ObjectNode) JSON.readTree(("{\"id\":\"pilot\",\"version\":1,"
                + "\"title\":\"Pilot of the lab <b>\",\"scales\":[{\"id\":\"five\",\"min\":1,\"max\":5,\"labels\":["
                + "{\"value\":1,\"label\":\"never\"},{\"value\":2,\"label\":\"rarely\"},{\"value\":3,\"label\":\"sometimes\"},"
                + "{\"value\":4,\"label\":\"often\"},{\"value\":5,\"label\":\"always\"}]}],"
                + "\"subscales\":[{\"id\":\"home\",\"construct\":\"feeling at home\"},{\"id\":\"calm\",\"construct\":\"calm\"}],"
                + "\"items\":["
                + "{\"id\":\"home_1\",\"subscale\":\"home\",\"text\":\"I feel at home here.\",\"reverse\":false,\"scale\":\"five\",\"required\":false},"
                + "{\"id\":\"home_2\",\"subscale\":\"home\",\"text\":\"I feel like a guest.\",\"reverse\":true,\"scale\":\"five\",\"required\":false},"
                + "{\"id\":\"calm_1\",\"subscale\":\"calm\",\"text\":\"I am calm.\",\"reverse\":false,\"scale\":\"five\",\"required\":false},"
                + "{\"id\":\"calm_2\",\"subscale\":\"calm\",\"text\":\"I am tense.\",\"reverse\":true,\"scale\":\"five\",\"required\":false}],"
                + "\"composites\":[]}").getBytes(StandardCharsets.UTF_8));
        if (itemScale != null) {
            ((ObjectNode) instrument.get("items").get(0)).put("scale", itemScale);
        }
        return JSON.writeValueAsString(instrument);
    }
}
