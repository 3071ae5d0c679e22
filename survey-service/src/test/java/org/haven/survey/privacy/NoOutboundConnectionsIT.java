package org.haven.survey.privacy;

import org.haven.survey.contact.dispatch.TestMailServer;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.TestDatabase;
import org.haven.survey.publishing.RunningService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service talks to its database and Kafka and to nothing else: no update checker, no telemetry. Every
 * HTTP destination the JVM would open is recorded during start-up and a full participant flow.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoOutboundConnectionsIT {

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
    void the_service_contacts_only_its_database_and_kafka(CapturedOutput output) throws Exception {
        OutboundRecorder recorder = OutboundRecorder.install();
        try (RunningService service = RunningService.start(TestDatabase.properties(),
                Map.of("haven.kafka.bootstrap-servers", broker.getBrokersAsString(), "haven.kafka.topic", "outbound"))) {
            String studyId = service.api.postJson("/api/studies", service.researcher(),
                    "{\"title\":\"Quiet\",\"waves\":[{\"type\":\"always\"}]}").json().get("studyId").asText();
            service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(),
                    "application/json", new byte[0]);
            String token = service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\"}").json().get("token").asText();
            assertThat(service.api.postJson("/api/participant/submissions", ApiClient.bearer(token),
                    "{\"submissionId\":\"q\",\"wave\":1,\"answers\":{\"trust_1\":6}}").status()).isEqualTo(201);
            Thread.sleep(3_000); // give a background checker, if any, the time to try
            assertThat(recorder.remoteDestinations()).as("destinations outside this machine").isEmpty();

            // The instrument itself works: a deliberate attempt to leave the machine is recorded.
            var probe = new java.net.URL("http://192.0.2.1/").openConnection();
            probe.setConnectTimeout(300);
            try {
                probe.connect();
            } catch (java.io.IOException expected) {
                // TEST-NET-1 is never reachable
            }
            assertThat(recorder.remoteDestinations()).extracting(java.net.URI::getHost).containsExactly("192.0.2.1");
        } finally {
            recorder.uninstall();
        }

        assertThat(output.getAll()).doesNotContain("AxonIQ Console");
    }

    /** With a mail relay configured (here a real SMTP server on this machine), sending mail adds no other destination. */
    @Test
    void sending_mail_contacts_only_the_configured_relay() throws Exception {
        TestMailServer mail = new TestMailServer();
        mail.start();
        OutboundRecorder recorder = OutboundRecorder.install();
        try (RunningService service = RunningService.start(TestDatabase.properties(), Map.of(
                "haven.kafka.bootstrap-servers", broker.getBrokersAsString(), "haven.kafka.topic", "outbound-mail",
                "spring.mail.host", "127.0.0.1", "spring.mail.port", Integer.toString(mail.port()),
                "haven.public-url", "https://haven.example.org", "haven.contact.from", "study-team@example.org",
                "haven.contact.dispatch-interval", "1s"))) {
            String studyId = service.api.postJson("/api/studies", service.researcher(),
                    "{\"title\":\"Quiet mail\",\"waves\":[{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":9}]}")
                    .json().get("studyId").asText();
            service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(),
                    "application/json", new byte[0]);
            assertThat(service.api.putJson("/api/studies/" + studyId + "/contact-schedule", service.researcher(),
                    "{\"quietFrom\":\"00:00\",\"quietUntil\":\"00:00\"}").status()).isEqualTo(200);
            String address = "outbound-" + System.nanoTime() + "@example.org";
            service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"" + address + "\"}");
            long deadline = System.currentTimeMillis() + 60_000;
            while (mail.received().stream().noneMatch(m -> m.to().equals(address))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(mail.received()).extracting(TestMailServer.ReceivedMail::to).contains(address);
            Thread.sleep(3_000);
            assertThat(recorder.remoteDestinations()).as("destinations outside this machine").isEmpty();
        } finally {
            recorder.uninstall();
            mail.stop();
        }
    }
}
