package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A researcher finds participants again: the paged list with its status filter, the participant id of every
 * reference an import enrolled, a reference looked up through its keyed hash, a reference attached to a participant
 * enrolled on the web (so that imported paper answers reach them), and an archived study.
 */
class FindingParticipantsIT extends ServiceTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Test
    void the_participant_list_pages_and_filters_by_status_with_the_waves_submitted() {
        String studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        Enrolled first = enroll(studyId);
        Enrolled second = enroll(studyId);
        Enrolled third = enroll(studyId);
        submit(first.token(), 1);
        submit(first.token(), 2);
        submit(second.token(), 2);
        var withdrawn = api.postJson("/api/participant/withdrawal", ApiClient.bearer(third.token()),
                "{\"scope\":\"STOP_FUTURE_WAVES\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        JsonNode page0 = list(studyId, "?size=2").json();
        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(ids(page0)).containsExactly(first.participantId(), second.participantId());
        assertThat(page0.get("participants").get(0).get("wavesSubmitted").toString()).isEqualTo("[1,2]");
        assertThat(page0.get("participants").get(1).get("wavesSubmitted").toString()).isEqualTo("[2]");
        assertThat(page0.get("participants").get(0).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(page0.get("participants").get(0).get("enrolledOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ids(list(studyId, "?size=2&page=1").json())).containsExactly(third.participantId());

        JsonNode withdrawnOnly = list(studyId, "?status=WITHDRAWN").json();
        assertThat(withdrawnOnly.get("total").asLong()).isEqualTo(1);
        assertThat(ids(withdrawnOnly)).containsExactly(third.participantId());
        var unknownStatus = list(studyId, "?status=GONE");
        assertThat(unknownStatus.status()).isEqualTo(422);
        assertThat(unknownStatus.body()).contains("status", "WITHDRAWN_DATA_EXCLUDED");
        assertThat(list(studyId, "?size=0").status()).isEqualTo(422);
    }

    @Test
    void an_import_names_the_participant_of_each_reference_it_enrolled_and_a_reference_can_be_looked_up() {
        String studyId = createStudy(true, "[{\"type\":\"always\"}]");

        var report = importCsv(studyId, "participant_ref,wave,item_id,value\nPAPER-1,1,respect_1,4\n"
                + "PAPER-2,1,respect_1,5\n");

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode enrolled = report.json().get("enrolled");
        assertThat(enrolled).hasSize(2);
        assertThat(enrolled.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(enrolled.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(report.body()).as("references are never quoted").doesNotContain("PAPER-");
        String paper1 = enrolled.get(0).get("participantId").asText();
        assertThat(ids(list(studyId, "").json())).contains(paper1, enrolled.get(1).get("participantId").asText());
        // a second import of a known reference enrolls nobody
        var again = importCsv(studyId, "participant_ref,wave,item_id,value\nPAPER-1,1,respect_1,4\n");
        assertThat(again.json().get("enrolled")).isEmpty();

        var found = lookUp(studyId, " PAPER-1 ");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("participantId").asText()).isEqualTo(paper1);
        assertThat(found.body()).doesNotContain("PAPER-1");
        var unknown = lookUp(studyId, "PAPER-9");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_reference_attached_to_a_web_participant_takes_their_imported_paper_answers() {
        String studyId = createStudy(true, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        Enrolled web = enroll(studyId);
        Enrolled other = enroll(studyId);
        submit(web.token(), 1);

        var attached = attach(studyId, web.participantId(), "PAPER-7");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(attach(studyId, web.participantId(), "PAPER-7").status()).isEqualTo(200);
        long before = eventCount();
        assertThat(refused(409, () -> attach(studyId, other.participantId(), "PAPER-7")).body())
                .contains("another participant");
        assertThat(refused(409, () -> attach(studyId, web.participantId(), "PAPER-8")).body())
                .contains("another reference");
        assertThat(refused(404, () -> attach(studyId, "no-such-participant", "PAPER-9")).body())
                .contains("no participant");
        assertThat(refused(422, () -> attach(studyId, other.participantId(), "  ")).body()).contains("participantRef");
        assertThat(eventCount()).isEqualTo(before);

        var report = importCsv(studyId, "participant_ref,wave,item_id,value\nPAPER-7,2,respect_1,3\n");

        assertThat(report.json().get("stored").asInt()).as(report.body()).isEqualTo(1);
        assertThat(report.json().get("enrolled")).isEmpty();
        assertThat(lookUp(studyId, "PAPER-7").json().get("participantId").asText()).isEqualTo(web.participantId());
        JsonNode row = list(studyId, "").json().get("participants").get(0);
        assertThat(row.get("participantId").asText()).isEqualTo(web.participantId());
        assertThat(row.get("wavesSubmitted").toString()).isEqualTo("[1,2]");
    }

    @Test
    void an_archived_study_leaves_the_list_and_takes_no_participants_imports_or_answers() {
        String studyId = createStudy(true, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        Enrolled enrolled = enroll(studyId);
        submit(enrolled.token(), 1);

        var archived = api.post("/api/studies/" + studyId + "/archive", researcher(), "application/json", new byte[0]);
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        assertThat(archived.json().get("changed").asBoolean()).isTrue();

        assertThat(studyIds("/api/studies")).doesNotContain(studyId);
        assertThat(studyIds("/api/studies?archived=true")).contains(studyId);
        assertThat(api.get("/api/studies/" + studyId, researcher()).json().get("archived").asBoolean()).isTrue();
        assertThat(refused(409, () -> api.postJson("/api/studies/" + studyId + "/participants", researcher(),
                "{\"consentFormVersion\":\"consent-v1\"}")).body()).contains("archived");
        assertThat(refused(409, () -> api.postJson("/api/participant/submissions",
                ApiClient.bearer(enrolled.token()), "{\"submissionId\":\"late\",\"wave\":2,"
                        + "\"answers\":{\"respect_1\":3}}")).body()).contains("archived");
        assertThat(refused(409, () -> importCsv(studyId, "participant_ref,wave,item_id,value\nP-1,1,respect_1,4\n"))
                .body()).contains("archived");
        // what it collected is still there to read
        assertThat(ids(list(studyId, "").json())).containsExactly(enrolled.participantId());
        var again = api.post("/api/studies/" + studyId + "/archive", researcher(), "application/json", new byte[0]);
        assertThat(again.json().get("changed").asBoolean()).isFalse();
    }

    private void submit(String token, int wave) {
        var submitted = api.postJson("/api/participant/submissions", ApiClient.bearer(token),
                "{\"submissionId\":\"s-" + wave + "\",\"wave\":" + wave + ",\"answers\":{\"respect_1\":4}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    }

    private ApiClient.Response list(String studyId, String query) {
        return api.get("/api/studies/" + studyId + "/participants" + query, researcher());
    }

    private ApiClient.Response lookUp(String studyId, String ref) {
        return api.postJson("/api/studies/" + studyId + "/participant-refs/lookup", researcher(),
                "{\"participantRef\":\"" + ref + "\"}");
    }

    private ApiClient.Response attach(String studyId, String participantId, String ref) {
        return api.putJson("/api/studies/" + studyId + "/participants/" + participantId + "/participant-ref",
                researcher(), "{\"participantRef\":\"" + ref + "\"}");
    }

    private ApiClient.Response importCsv(String studyId, String csv) {
        return api.post("/api/studies/" + studyId + "/imports", researcher(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> studyIds(String path) {
        List<String> ids = new ArrayList<>();
        api.get(path, researcher()).json().forEach(study -> ids.add(study.get("studyId").asText()));
        return ids;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("participants").forEach(row -> ids.add(row.get("participantId").asText()));
        return ids;
    }
}
