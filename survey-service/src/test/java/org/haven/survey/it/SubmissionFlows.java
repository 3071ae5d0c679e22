package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.events.Actor;
import org.haven.events.json.EventCodec;
import org.haven.events.json.EventJson;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A participant's path through the real HTTP stack into the event store. */
abstract class SubmissionFlows extends ServiceTestSupport {

    private static final String SUBMITTED = QuestionnaireSubmitted.class.getName();
    private static final ObjectMapper JSON = EventJson.newMapper();

    @Test
    void enroll_fetch_and_submit_stores_one_event_in_the_approved_json_shape() throws IOException {
        String studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        Enrolled participant = enroll(studyId);

        var questionnaire = api.get("/api/participant/questionnaire", ApiClient.bearer(participant.token()));
        assertThat(questionnaire.status()).isEqualTo(200);
        assertThat(questionnaire.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(questionnaire.json().get("wave").asInt()).isEqualTo(1);
        assertThat(questionnaire.json().get("questions")).hasSize(36);
        assertThat(questionnaire.json().get("questions").get(0).get("labels")).hasSize(7);

        long before = eventCount();
        var submitted = api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()),
                "{\"submissionId\":\"web-1\",\"wave\":1,\"answers\":{\"respect_1\":6,\"trust_2\":2,\"honesty_3\":4}}");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(eventCount()).isEqualTo(before + 1);
        var stored = storedEvents(participant.participantId());
        var event = stored.get(stored.size() - 1);
        assertThat(event.payloadType()).isEqualTo(SUBMITTED);
        assertThat(event.revision()).isEqualTo("2");
        // Same field names as the approved fixture of events-schema (the comment is optional and absent here).
        var approvedFields = fieldNames(approvedFixture());
        approvedFields.removeIf(field -> field.startsWith("comment"));
        assertThat(fieldNames(JSON.readTree(event.payload()))).isEqualTo(approvedFields);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(EventCodec.standard().read(event.payloadType(), event.revision(), event.payload()))
                .isEqualTo(new QuestionnaireSubmitted(participant.participantId(), studyId, 1, "esti", 1,
                        Map.of("respect_1", 6, "trust_2", 2, "honesty_3", 4), null, "web-1", SubmissionSource.WEB,
                        today, Actor.participant(participant.participantId())));

        var next = api.get("/api/participant/questionnaire", ApiClient.bearer(participant.token()));
        assertThat(next.json().get("wave").asInt()).isEqualTo(2);
    }

    @Test
    void a_retried_submission_gets_the_original_result_and_stores_nothing_new() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        Enrolled participant = enroll(studyId);
        String body = "{\"submissionId\":\"retry-1\",\"wave\":1,\"answers\":{\"respect_1\":5}}";
        var first = api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()), body);
        long before = eventCount();

        var retry = api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()), body);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("submissionId")).isEqualTo(first.json().get("submissionId"));
        assertThat(retry.json().get("completedOn")).isEqualTo(first.json().get("completedOn"));
        assertThat(retry.json().get("newlyStored").asBoolean()).isFalse();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_different_submission_for_a_submitted_wave_is_a_conflict() {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        Enrolled participant = enroll(studyId);
        api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()),
                "{\"submissionId\":\"first\",\"wave\":1,\"answers\":{\"respect_1\":5}}");
        long before = eventCount();

        var second = api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()),
                "{\"submissionId\":\"second\",\"wave\":1,\"answers\":{\"respect_1\":2}}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json().get("detail").asText()).contains("wave 1 was already submitted");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** The study definition is cached (study/JdbcStudyCatalog): a version published later must win at once. */
    @Test
    void a_version_published_after_the_first_submission_is_the_one_the_next_submission_answers() throws IOException {
        String studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        Enrolled participant = enroll(studyId);
        var first = api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()),
                "{\"submissionId\":\"v-1\",\"wave\":1,\"answers\":{\"respect_1\":5}}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        var esti = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                api.get("/api" + ESTI_PATH, researcher()).body());
        var published = api.postJson("/api/studies/" + studyId + "/instruments", researcher(),
                esti.put("version", 2).toString());
        assertThat(published.status()).as(published.body()).isEqualTo(201);

        var questionnaire = api.get("/api/participant/questionnaire", ApiClient.bearer(participant.token()));
        assertThat(questionnaire.json().get("instrumentVersion").asInt()).isEqualTo(2);
        var second = api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()),
                "{\"submissionId\":\"v-2\",\"wave\":2,\"answers\":{\"respect_1\":5}}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        var stored = storedEvents(participant.participantId());
        assertThat(JSON.readTree(stored.get(stored.size() - 1).payload()).get("instrumentVersion").asInt()).isEqualTo(2);
    }

    @Test
    void progress_counts_participants_and_submissions_per_wave() {
        String studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        Enrolled first = enroll(studyId);
        enroll(studyId);
        api.postJson("/api/participant/submissions", ApiClient.bearer(first.token()),
                "{\"submissionId\":\"p1\",\"wave\":1,\"answers\":{\"respect_1\":5}}");

        var progress = api.get("/api/studies/" + studyId + "/progress", researcher());

        assertThat(progress.json().get("enrolled").asInt()).isEqualTo(2);
        assertThat(progress.json().get("waves").get(0).get("submitted").asInt()).isEqualTo(1);
        assertThat(progress.json().get("waves").get(0).get("web").asInt()).isEqualTo(1);
        assertThat(progress.json().get("waves").get(1).get("submitted").asInt()).isEqualTo(0);
    }

    @Test
    void the_api_is_documented_with_openapi() {
        var docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/studies/{studyId}/imports")).isTrue();
        assertThat(docs.json().get("paths").has("/api/participant/submissions")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    private static JsonNode approvedFixture() throws IOException {
        try (InputStream in = SubmissionFlows.class.getResourceAsStream("/fixtures/events/QuestionnaireSubmitted.json")) {
            assertThat(in).as("approved fixture from the events-schema test jar").isNotNull();
            return JSON.readTree(in);
        }
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            names.add(name);
            if (node.get(name).isObject() && !"answers".equals(name)) {
                fieldNames(node.get(name)).forEach(child -> names.add(name + "." + child));
            }
        }
        return names;
    }
}
