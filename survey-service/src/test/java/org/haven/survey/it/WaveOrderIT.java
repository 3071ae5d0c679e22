package org.haven.survey.it;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waves that overlap or run backwards are refused with a 400 naming them, storing nothing, unless the researcher
 * allows it; the allowance is an event of the study and shows in the study's answer.
 */
class WaveOrderIT extends ServiceTestSupport {

    private static final String OVERLAPPING = "[{\"type\":\"absolute\",\"opensAt\":\"2027-01-01T00:00:00Z\","
            + "\"closesAt\":\"2027-02-01T00:00:00Z\"},{\"type\":\"absolute\",\"opensAt\":\"2027-01-20T00:00:00Z\","
            + "\"closesAt\":\"2027-03-01T00:00:00Z\"}]";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Test
    void overlapping_absolute_waves_are_refused_naming_both() {
        var refused = refused(400, () -> api.postJson("/api/studies", researcher(),
                "{\"title\":\"Overlap\",\"waves\":" + OVERLAPPING + "}"));

        assertThat(refused.json().get("detail").asText()).contains("waves 1 and 2 overlap", "allowOverlappingWaves");
        assertThat(problemFields(refused.json())).contains("waves[1]");
    }

    @Test
    void relative_waves_running_backwards_are_refused_naming_both() {
        var refused = refused(400, () -> api.postJson("/api/studies", researcher(), "{\"title\":\"Backwards\","
                + "\"waves\":[{\"type\":\"relative\",\"offsetDays\":90,\"lengthDays\":14},"
                + "{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":14}]}"));

        assertThat(refused.json().get("detail").asText()).contains("waves 1 and 2 run backwards");
    }

    @Test
    void a_researcher_may_allow_overlapping_waves_and_the_study_says_so() {
        var created = api.postJson("/api/studies", researcher(),
                "{\"title\":\"Overlap on purpose\",\"allowOverlappingWaves\":true,\"waves\":" + OVERLAPPING + "}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("overlappingWavesAllowed").asBoolean()).isTrue();
        String studyId = created.json().get("studyId").asText();
        assertThat(api.get("/api/studies/" + studyId, researcher()).json().get("overlappingWavesAllowed").asBoolean())
                .isTrue();
        assertThat(storedEvents(studyId)).extracting(StoredEvent::payloadType)
                .contains("org.haven.events.study.WaveOverlapAllowed");
    }

    @Test
    void always_open_waves_beside_others_are_accepted_and_the_study_says_overlap_is_not_allowed() {
        var created = api.postJson("/api/studies", researcher(), "{\"title\":\"Always\",\"waves\":["
                + "{\"type\":\"always\"},{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":14},{\"type\":\"always\"}]}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("overlappingWavesAllowed").asBoolean()).isFalse();
    }
}
