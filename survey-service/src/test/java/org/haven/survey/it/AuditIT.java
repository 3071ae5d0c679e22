package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail through the real HTTP stack: who did what and when in one study, read from the event store,
 * oldest first, without the events' content; for members and admins only.
 */
class AuditIT extends ServiceTestSupport {

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        StudyAccessIT.researcherAccounts(registry);
    }

    @Test
    void lists_every_event_of_the_study_and_its_participants_with_its_actor_and_nothing_else() {
        String studyId = createStudy(researcher(), false, "[{\"type\":\"always\"}]");
        String collaborator = ApiClient.basic(StudyAccessIT.STRANGER, StudyAccessIT.OTHER_PASSWORD);
        assertThat(api.postJson("/api/studies/" + studyId + "/collaborators", researcher(),
                "{\"researcher\":\"" + StudyAccessIT.STRANGER + "\"}").status()).isEqualTo(201);
        Enrolled participant = enroll(studyId, collaborator);
        assertThat(api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()),
                "{\"submissionId\":\"audit-1\",\"wave\":1,\"answers\":{\"respect_1\":6}}").status()).isEqualTo(201);
        assertThat(api.post("/api/studies/" + studyId + "/participants/" + participant.participantId() + "/token",
                researcher(), "application/json", new byte[0]).status()).isEqualTo(201);
        // Another study's participant must not appear.
        String otherStudy = createStudy(researcher(), false, "[{\"type\":\"always\"}]");
        enroll(otherStudy);

        var audit = api.get("/api/studies/" + studyId + "/audit", collaborator);

        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        String owner = "RESEARCHER:" + RESEARCHER;
        String p = participant.participantId();
        assertThat(lines(audit.json())).containsExactly(
                "StudyCreated " + owner + " -",
                "WaveScheduled " + owner + " -",
                "InstrumentVersionPublished " + owner + " -",
                "CollaboratorAdded " + owner + " -",
                "ParticipantEnrolled RESEARCHER:" + StudyAccessIT.STRANGER + " " + p,
                "QuestionnaireSubmitted PARTICIPANT:" + p + " " + p,
                "ParticipantTokenReissued " + owner + " " + p);
        assertThat(times(audit.json())).isSorted();
        for (JsonNode entry : audit.json()) {
            assertThat(fieldNames(entry)).isSubsetOf("time", "event", "actor", "participantId");
            assertThat(fieldNames(entry.get("actor"))).containsExactly("kind", "name");
        }
        // Nothing of the events' content: no title, consent version, instrument, answers or submission id.
        assertThat(audit.body()).doesNotContain("Integration study", "consent-v1", "respect", "audit-1", "\"esti\"",
                "answers", "always");
    }

    @Test
    void an_admin_reads_any_studys_audit_and_a_stranger_gets_404() {
        String studyId = createStudy(researcher(), false, "[{\"type\":\"always\"}]");

        var admins = api.get("/api/studies/" + studyId + "/audit",
                ApiClient.basic(StudyAccessIT.ADMIN, StudyAccessIT.OTHER_PASSWORD));
        assertThat(admins.status()).isEqualTo(200);
        assertThat(lines(admins.json())).first().isEqualTo("StudyCreated RESEARCHER:" + RESEARCHER + " -");

        var strangers = refused(404, () -> api.get("/api/studies/" + studyId + "/audit",
                ApiClient.basic(StudyAccessIT.STRANGER, StudyAccessIT.OTHER_PASSWORD)));
        assertThat(strangers.body()).doesNotContain("StudyCreated");
    }

    /** Each entry as "Event KIND:name participantId-or-dash". */
    private static List<String> lines(JsonNode entries) {
        List<String> lines = new ArrayList<>();
        entries.forEach(entry -> lines.add(entry.get("event").asText() + " "
                + entry.get("actor").get("kind").asText() + ":" + entry.get("actor").get("name").asText() + " "
                + (entry.has("participantId") ? entry.get("participantId").asText() : "-")));
        return lines;
    }

    private static List<Instant> times(JsonNode entries) {
        List<Instant> times = new ArrayList<>();
        entries.forEach(entry -> times.add(Instant.parse(entry.get("time").asText())));
        return times;
    }

    private static TreeSet<String> fieldNames(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
