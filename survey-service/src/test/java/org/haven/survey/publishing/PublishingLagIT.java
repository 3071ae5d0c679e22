package org.haven.survey.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the broker is away the publishing health says how far the topic is behind the event store (events and
 * seconds), turns WARNING past haven.kafka.lag-warning, and the gauges say the same, while the status a load
 * balancer checks stays UP. The log says so once at the start and once when the backlog is published, not at every
 * reconnect.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublishingLagIT {

    private static final int PARTICIPANTS = 5;

    @Test
    void the_lag_is_reported_and_the_outage_logged_once_at_each_end(CapturedOutput output) throws Exception {
        try (StandaloneBroker broker = StandaloneBroker.create();
             RunningService service = RunningService.start(TestDatabase.properties(), Map.of(
                     "haven.kafka.bootstrap-servers", broker.bootstrapServers(),
                     "haven.kafka.topic", "lag-" + System.nanoTime(),
                     "haven.kafka.health-check-interval", "300ms",
                     "haven.kafka.lag-warning", "3s",
                     "haven.kafka.producer.[max.block.ms]", "1000",
                     "haven.kafka.producer.[request.timeout.ms]", "1000",
                     "haven.kafka.producer.[delivery.timeout.ms]", "2000"))) {
            ApiClient api = service.api;
            createStudyWithParticipants(service);

            JsonNode behind = await(api, service.researcher(), Duration.ofSeconds(60),
                    health -> "WARNING".equals(health.at("/components/publishingLag/status").asText())
                            && health.at("/components/publishingLag/details/eventsBehind").asLong() >= 3 + PARTICIPANTS);
            JsonNode details = behind.at("/components/publishingLag/details");
            assertThat(details.get("eventsBehind").asLong()).as(behind.toString())
                    .isGreaterThanOrEqualTo(3 + PARTICIPANTS);
            assertThat(details.get("secondsBehind").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(details.get("outage").asBoolean()).isTrue();
            assertThat(behind.path("status").asText()).as("the group, with the broker away").isEqualTo("DOWN");
            ApiClient.Response overall = api.get("/actuator/health", null);
            assertThat(overall.status()).as("what a load balancer sees: " + overall.body()).isEqualTo(200);
            assertThat(overall.json().get("status").asText()).isEqualTo("UP");
            MeterRegistry meters = service.bean(MeterRegistry.class);
            assertThat(meters.get(PublishingLagMonitoring.EVENTS_GAUGE).gauge().value())
                    .isGreaterThanOrEqualTo(3 + PARTICIPANTS);
            assertThat(meters.get(PublishingLagMonitoring.SECONDS_GAUGE).gauge().value()).isGreaterThanOrEqualTo(3);
            Thread.sleep(3_000);

            assertThat(broker.start()).as("infra/kafka.sh start").isZero();
            JsonNode caughtUp = await(api, service.researcher(), Duration.ofSeconds(120),
                    health -> "UP".equals(health.path("status").asText())
                            && health.at("/components/publishingLag/details/eventsBehind").asLong() == 0
                            && !health.at("/components/publishingLag/details/outage").asBoolean());
            assertThat(caughtUp.at("/components/publishingLag/details/secondsBehind").asLong()).isZero();
            assertThat(meters.get(PublishingLagMonitoring.EVENTS_GAUGE).gauge().value()).isZero();

            String log = output.getAll();
            assertThat(count(log, "Publishing to Kafka stopped at")).as(log).isEqualTo(1);
            assertThat(count(log, "Publishing to Kafka resumed")).as(log).isEqualTo(1);
            assertThat(log).containsPattern("Publishing to Kafka resumed: the outage from \\S+ lasted PT[0-9HMS]+; "
                    + "\\d+ events published since it began");
            assertThat(count(log, "NetworkClient")).as("the Kafka clients' reconnect warnings").isZero();
            assertThat(count(log, "TrackingEventProcessor")).as("the processor's retry warnings").isZero();
        }
    }

    private static void createStudyWithParticipants(RunningService service) {
        var study = service.api.postJson("/api/studies", service.researcher(),
                "{\"title\":\"Lag study\",\"waves\":[{\"type\":\"always\"}]}");
        assertThat(study.status()).as(study.body()).isEqualTo(201);
        String studyId = study.json().get("studyId").asText();
        service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(),
                "application/json", new byte[0]);
        for (int i = 0; i < PARTICIPANTS; i++) {
            var enrolled = service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\"}");
            assertThat(enrolled.status()).as("enrollment with the broker away: " + enrolled.body()).isEqualTo(201);
        }
    }

    private static JsonNode await(ApiClient api, String researcher, Duration patience, Predicate<JsonNode> done)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        ApiClient.Response last = api.get("/actuator/health/publishing", researcher);
        while (!done.test(last.json()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            last = api.get("/actuator/health/publishing", researcher);
        }
        assertThat(done.test(last.json())).as(last.body()).isTrue();
        return last.json();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
