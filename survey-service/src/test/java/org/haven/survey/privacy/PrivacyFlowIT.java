package org.haven.survey.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.haven.events.EncryptedValue;
import org.haven.events.json.EventJson;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.TestDatabase;
import org.haven.survey.publishing.RunningService;
import org.haven.survey.publishing.TopicRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole privacy flow through the real HTTP stack, event store and Kafka, with every logger at DEBUG:
 * personal fields are stored only encrypted, erasure shreds them, withdrawal stops answers, and neither the
 * event store, the topic nor a single log line holds an e-mail, a comment, a reference or a token.
 */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyFlowIT {

    private static final String EMAIL = "alice.moreau@example.org";
    private static final String COMMENT = "He shouts at me when he has been drinking";
    private static final String REF = "PAPER-ZOE-1987";
    private static final String ADMIN = "dpo-admin";
    private static final String ADMIN_PASSWORD = "erasure needs an administrator";
    private static final ObjectMapper JSON = EventJson.newMapper();
    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaTestBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void personal_fields_are_encrypted_shredded_on_erasure_and_never_logged(CapturedOutput output) throws Exception {
        String topic = "privacy-" + System.nanoTime();
        Map<String, String> properties = new HashMap<>(Map.of(
                "haven.kafka.bootstrap-servers", broker.getBrokersAsString(), "haven.kafka.topic", topic,
                "logging.level.root", "DEBUG",
                "haven.security.researchers[1].name", ADMIN,
                "haven.security.researchers[1].password", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD),
                "haven.security.researchers[1].roles[0]", "ADMIN"));
        try (RunningService service = RunningService.start(TestDatabase.properties(), properties)) {
            ApiClient api = service.api;
            String admin = ApiClient.basic(ADMIN, ADMIN_PASSWORD);
            JdbcTemplate jdbc = new JdbcTemplate(service.dataSource());
            String studyId = api.postJson("/api/studies", service.researcher(),
                    "{\"title\":\"Privacy\",\"importsMayEnroll\":true,\"waves\":[{\"type\":\"always\"},{\"type\":\"always\"}]}")
                    .json().get("studyId").asText();
            api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(), "application/json",
                    new byte[0]);
            var alice = api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"" + EMAIL + "\"}").json();
            String aliceId = alice.get("participantId").asText();
            String token = alice.get("token").asText();
            assertThat(api.postJson("/api/participant/submissions", ApiClient.bearer(token),
                    "{\"submissionId\":\"s1\",\"wave\":1,\"answers\":{\"trust_1\":2},\"comment\":\"" + COMMENT + "\"}")
                    .status()).isEqualTo(201);
            var imported = api.post("/api/studies/" + studyId + "/imports", service.researcher(), "text/csv",
                    ("participant_ref,wave,item_id,value\n" + REF + ",1,trust_1,5\n").getBytes(StandardCharsets.UTF_8));
            assertThat(imported.json().get("stored").asInt()).isEqualTo(1);

            // Before erasure: readable by the study's researchers, and only as ciphertext anywhere else.
            assertThat(api.get(contact(studyId, aliceId), service.researcher()).json().get("contactEmail").asText())
                    .isEqualTo(EMAIL);
            FieldCipher cipher = service.bean(FieldCipher.class);
            EncryptedValue storedEmail = encryptedField(jdbc, aliceId, "ParticipantEnrolled", "contactEmail");
            EncryptedValue storedComment = encryptedField(jdbc, aliceId, "QuestionnaireSubmitted", "comment");
            assertThat(cipher.decrypt(aliceId, storedEmail)).contains(EMAIL);
            assertThat(cipher.decrypt(aliceId, storedComment)).contains(COMMENT);
            String eventStore = String.join("\n", jdbc.queryForList(
                    "SELECT payload FROM domainevententry", byte[].class).stream()
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList());
            assertThat(eventStore).doesNotContain(EMAIL, COMMENT, REF, token);
            List<ConsumerRecord<String, byte[]>> records = TopicRecords.awaitRecords(broker.getBrokersAsString(), topic,
                    Duration.ofSeconds(60), all -> all.stream().anyMatch(r -> r.key().equals(aliceId)
                            && TopicRecords.header(r, "axon-message-type").endsWith("QuestionnaireSubmitted")));
            String onTopic = String.join("\n", records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList());
            assertThat(onTopic).contains(aliceId).contains(Base64.getEncoder().encodeToString(storedComment.ciphertext()))
                    .doesNotContain(EMAIL, COMMENT, REF, token);

            // Erasure: administrators only; shreds the key; a second erasure changes nothing.
            assertThat(api.postJson(erasure(studyId, aliceId), service.researcher(), "{}").status()).isEqualTo(403);
            var erased = api.postJson(erasure(studyId, aliceId), admin, "{}");
            assertThat(erased.status()).as(erased.body()).isEqualTo(200);
            assertThat(erased.json().get("changed").asBoolean()).isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant_data_key WHERE participant_id = ?",
                    Long.class, aliceId)).isZero();
            assertThat(cipher.decrypt(aliceId, storedEmail)).isEmpty();
            assertThat(cipher.decrypt(aliceId, storedComment)).isEmpty();
            assertThat(api.get(contact(studyId, aliceId), service.researcher()).status()).isEqualTo(404);
            assertThat(api.get("/api/participant/questionnaire", ApiClient.bearer(token)).status()).isEqualTo(401);
            long events = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class);
            var again = api.postJson(erasure(studyId, aliceId), admin, "{}");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("changed").asBoolean()).isFalse();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry", Long.class)).isEqualTo(events);

            // The erased participant's import reference is a tombstone: importing it again is refused.
            String zoeId = jdbc.queryForObject("SELECT participant_id FROM import_ref WHERE study_id = ?",
                    String.class, studyId);
            assertThat(api.postJson(erasure(studyId, zoeId), admin, "{}").status()).isEqualTo(200);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_ref WHERE study_id = ? AND participant_id IS NULL"
                    + " AND erased_at IS NOT NULL", Long.class, studyId)).isEqualTo(1);
            var reimport = api.post("/api/studies/" + studyId + "/imports", service.researcher(), "text/csv",
                    ("participant_ref,wave,item_id,value\n" + REF + ",2,trust_1,5\n").getBytes(StandardCharsets.UTF_8));
            assertThat(reimport.status()).isEqualTo(422);
            assertThat(reimport.json().at("/errors/0/reason").asText()).contains("erased");

            // Withdrawal by the participant: later answers are refused with a clear message.
            String bobToken = api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\"}").json().get("token").asText();
            var withdrawn = api.postJson("/api/participant/withdrawal", ApiClient.bearer(bobToken),
                    "{\"scope\":\"STOP_FUTURE_WAVES\"}");
            assertThat(withdrawn.json().get("changed").asBoolean()).isTrue();
            var late = api.postJson("/api/participant/submissions", ApiClient.bearer(bobToken),
                    "{\"submissionId\":\"late\",\"wave\":1,\"answers\":{\"trust_1\":4}}");
            assertThat(late.status()).isEqualTo(403);
            assertThat(late.json().get("detail").asText()).contains("withdrawn");

            String logs = output.getAll();
            assertThat(logs).contains("DEBUG"); // the capture really saw framework debug logging
            assertThat(logs).doesNotContain(EMAIL, COMMENT, REF, token, bobToken);
        }
    }

    private static String contact(String studyId, String participantId) {
        return "/api/studies/" + studyId + "/participants/" + participantId + "/contact";
    }

    private static String erasure(String studyId, String participantId) {
        return "/api/studies/" + studyId + "/participants/" + participantId + "/erasure";
    }

    private static EncryptedValue encryptedField(JdbcTemplate jdbc, String participantId, String type, String field)
            throws Exception {
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?"
                + " AND payloadtype LIKE ?", byte[].class, participantId, "%." + type);
        return JSON.treeToValue(JSON.readTree(payload).get(field), EncryptedValue.class);
    }
}
