package org.haven.survey.it;

import org.haven.events.Actor;
import org.haven.events.json.EventCodec;
import org.haven.events.participant.ParticipantTokenReissued;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participant tokens through the real HTTP stack: a re-issued token works and every older one is refused
 * exactly like a made-up one; a token reaches only its own participant's data and no researcher endpoint.
 */
class ParticipantTokenIT extends ServiceTestSupport {

    private static final String QUESTIONNAIRE = "/api/participant/questionnaire";
    private static final String SUBMISSIONS = "/api/participant/submissions";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    private String studyId;
    private Enrolled alice;
    private Enrolled bob;

    @BeforeEach
    void studyWithTwoParticipants() {
        studyId = createStudy(false, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        alice = enroll(studyId);
        bob = enroll(studyId);
    }

    @Test
    void a_reissued_token_works_and_every_older_one_is_refused_like_a_made_up_one() throws Exception {
        String first = alice.token();
        String second = reissue(alice.participantId());
        long before = eventCount();
        String third = reissue(alice.participantId());

        assertThat(eventCount()).isEqualTo(before + 1);
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(api.get(QUESTIONNAIRE, ApiClient.bearer(third)).status()).isEqualTo(200);
        String madeUp = refused(401, () -> api.get(QUESTIONNAIRE, ApiClient.bearer(randomToken()))).body();
        assertThat(refused(401, () -> api.get(QUESTIONNAIRE, ApiClient.bearer(first))).body()).isEqualTo(madeUp);
        assertThat(refused(401, () -> api.get(QUESTIONNAIRE, ApiClient.bearer(second))).body()).isEqualTo(madeUp);
        assertThat(refused(401, () -> api.postJson(SUBMISSIONS, ApiClient.bearer(second),
                "{\"submissionId\":\"s\",\"wave\":1,\"answers\":{\"respect_1\":3}}")).status()).isEqualTo(401);

        var stored = storedEvents(alice.participantId());
        var last = stored.get(stored.size() - 1);
        assertThat(EventCodec.standard().read(last.payloadType(), last.revision(), last.payload()))
                .isEqualTo(new ParticipantTokenReissued(alice.participantId(), studyId, Actor.researcher(RESEARCHER)));
        String payload = new String(last.payload(), StandardCharsets.UTF_8);
        assertThat(payload).doesNotContain(third).doesNotContain(sha256(third));
    }

    @Test
    void reissuing_leaves_other_participants_tokens_alone() {
        reissue(alice.participantId());

        assertThat(api.get(QUESTIONNAIRE, ApiClient.bearer(bob.token())).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_participant_and_one_of_another_study_get_the_same_404() {
        String otherStudy = createStudy(false, "[{\"type\":\"always\"}]");
        String stranger = enroll(otherStudy).participantId();

        var unknown = refused(404, () -> api.post(tokenPath(studyId, UUID.randomUUID().toString()), researcher(),
                "application/json", new byte[0]));
        var elsewhere = refused(404, () -> api.post(tokenPath(studyId, stranger), researcher(),
                "application/json", new byte[0]));

        assertThat(elsewhere.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        assertThat(elsewhere.json().get("detail").asText()).isEqualTo("no such participant in this study");
    }

    @Test
    void a_token_never_yields_another_participants_questionnaire_or_submission() {
        var alicesAnswer = api.postJson(SUBMISSIONS, ApiClient.bearer(alice.token()),
                "{\"submissionId\":\"shared-id\",\"wave\":1,\"answers\":{\"respect_1\":6}}");
        assertThat(alicesAnswer.status()).isEqualTo(201);
        assertThat(alicesAnswer.json().get("participantId").asText()).isEqualTo(alice.participantId());
        int alicesEvents = storedEvents(alice.participantId()).size();

        // Bob still sees his own first wave, not Alice's progress.
        var bobsQuestionnaire = api.get(QUESTIONNAIRE, ApiClient.bearer(bob.token()));
        assertThat(bobsQuestionnaire.json().get("wave").asInt()).isEqualTo(1);
        // The same submission id from Bob is Bob's own new answer, never Alice's stored result.
        var bobsAnswer = api.postJson(SUBMISSIONS, ApiClient.bearer(bob.token()),
                "{\"submissionId\":\"shared-id\",\"wave\":1,\"answers\":{\"respect_1\":2}}");
        assertThat(bobsAnswer.status()).isEqualTo(201);
        assertThat(bobsAnswer.json().get("participantId").asText()).isEqualTo(bob.participantId());
        assertThat(bobsAnswer.body()).doesNotContain(alice.participantId());

        assertThat(storedEvents(alice.participantId())).hasSize(alicesEvents);
        assertThat(storedEvents(bob.participantId())).hasSize(2);
        assertThat(api.get(QUESTIONNAIRE, ApiClient.bearer(alice.token())).json().get("wave").asInt()).isEqualTo(2);
    }

    @Test
    void a_participant_token_opens_no_researcher_endpoint() {
        String token = ApiClient.bearer(alice.token());

        refused(401, () -> api.get("/api/studies/" + studyId + "/progress", token));
        refused(401, () -> api.get("/api/studies/" + studyId, token));
        refused(401, () -> api.get("/api/studies", token));
        refused(401, () -> api.post(tokenPath(studyId, alice.participantId()), token, "application/json", new byte[0]));
        refused(401, () -> api.postJson("/api/studies/" + studyId + "/participants", token,
                "{\"consentFormVersion\":\"v1\"}"));
    }

    private String reissue(String participantId) {
        var issued = api.post(tokenPath(studyId, participantId), researcher(), "application/json", new byte[0]);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.json().get("participantId").asText()).isEqualTo(participantId);
        return issued.json().get("token").asText();
    }

    private static String tokenPath(String studyId, String participantId) {
        return "/api/studies/" + studyId + "/participants/" + participantId + "/token";
    }

    /** Shaped exactly like a real token (32 random bytes, URL-safe Base64), so only its value is wrong. */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
