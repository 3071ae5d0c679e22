package org.haven.survey.questionnaire;

import org.haven.survey.it.Enrolled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher's own 1–5 frequency instrument (two subscales, one reverse-keyed item) with its own participant
 * title and instructions: the page is headed and introduced in its words, and never in ESTI's agreement wording.
 */
class OwnWordingPageIT extends BrowserTestSupport {

    private static final String INSTRUCTIONS = "How often did each of these happen in the past two weeks?";

    private static final String FREQUENCY_INSTRUMENT = """
            {"id": "eifs", "version": 1, "title": "Everyday Interactions Frequency Scale (EIFS)",
             "participantTitle": "Everyday moments with your partner",
             "instructions": "%s",
             "scales": [{"id": "often5", "min": 1, "max": 5, "wording": "frequency", "labels": [
               {"value": 1, "label": "never"}, {"value": 2, "label": "rarely"}, {"value": 3, "label": "sometimes"},
               {"value": 4, "label": "often"}, {"value": 5, "label": "always"}]}],
             "subscales": [{"id": "warmth", "construct": "warm everyday moments"},
                           {"id": "friction", "construct": "everyday friction"}],
             "items": [
               {"id": "warmth_1", "subscale": "warmth", "text": "We laughed together.", "reverse": false, "scale": "often5", "required": false},
               {"id": "warmth_2", "subscale": "warmth", "text": "My partner asked how my day went.", "reverse": false, "scale": "often5", "required": false},
               {"id": "warmth_3", "subscale": "warmth", "text": "My partner ignored me when I talked.", "reverse": true, "scale": "often5", "required": false},
               {"id": "friction_1", "subscale": "friction", "text": "We argued about chores.", "reverse": false, "scale": "often5", "required": false},
               {"id": "friction_2", "subscale": "friction", "text": "We argued about money.", "reverse": false, "scale": "often5", "required": false},
               {"id": "friction_3", "subscale": "friction", "text": "One of us left the room angry.", "reverse": false, "scale": "often5", "required": false}],
             "composites": []}
            """.formatted(INSTRUCTIONS);

    @Test
    void the_page_is_headed_and_introduced_in_the_instruments_own_words_never_in_estis() {
        var created = api.postJson("/api/studies", researcher(),
                "{\"title\":\"Everyday moments\",\"importsMayEnroll\":false,\"waves\":" + ALWAYS_OPEN + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String studyId = created.json().get("studyId").asText();
        var published = api.postJson("/api/studies/" + studyId + "/instruments", researcher(), FREQUENCY_INSTRUMENT);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        Enrolled ida = enroll(studyId);

        browser.openLink(ida.token());

        assertThat(browser.heading()).isEqualTo("Everyday moments with your partner");
        assertThat(browser.text()).contains("Round 1. " + INSTRUCTIONS + " There are no right or wrong answers.",
                "My partner ignored me when I talked.", "never", "always");
        assertThat(browser.text().toLowerCase()).doesNotContain("agree");
        assertThat(browser.itemIds()).hasSize(6);
    }
}
