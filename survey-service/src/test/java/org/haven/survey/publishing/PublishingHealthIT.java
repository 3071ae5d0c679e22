package org.haven.survey.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.TestDatabase;
import org.haven.testing.KafkaTestBroker;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health} tells anonymous callers (a load balancer) the status alone and a researcher the
 * components. Publishing is its own group: with the broker gone it says DOWN with the reason, while the overall
 * status, which stays on the database, is still UP (submissions go on; events wait in the event store).
 */
class PublishingHealthIT {

    @Test
    void health_shows_details_only_to_researchers_and_reports_a_lost_broker_without_failing_the_service()
            throws Exception {
        EmbeddedKafkaKraftBroker broker = KafkaTestBroker.start();
        boolean brokerStopped = false;
        try (RunningService service = RunningService.start(TestDatabase.properties(), Map.of(
                "haven.kafka.bootstrap-servers", broker.getBrokersAsString(),
                "haven.kafka.topic", "health-" + System.nanoTime(),
                "haven.kafka.health-check-interval", "1s"))) {
            ApiClient api = service.api;

            ApiClient.Response anonymous = api.get("/actuator/health", null);
            assertThat(anonymous.status()).isEqualTo(200);
            assertThat(fields(anonymous.json())).as(anonymous.body()).containsExactly("status");
            assertThat(anonymous.json().get("status").asText()).isEqualTo("UP");

            ApiClient.Response researcher = api.get("/actuator/health", service.researcher());
            assertThat(researcher.json().path("components").has("db")).as(researcher.body()).isTrue();
            assertThat(researcher.json().path("components").has("kafkaTopic"))
                    .as("publishing is not part of the overall status: " + researcher.body()).isFalse();

            // UP, and nothing behind once the publisher has caught up with what the shared test database already
            // holds (a lag of under a minute is still UP, so UP alone does not mean caught up)
            JsonNode publishing = awaitCaughtUp(api, service.researcher(), Duration.ofSeconds(90));
            assertThat(publishing.path("status").asText()).isEqualTo("UP");
            assertThat(publishing.at("/components/kafkaTopic/details/state").asText()).isEqualTo("READY");
            assertThat(publishing.at("/components/publishingLag/details/eventsBehind").asLong()).isZero();
            ApiClient.Response anonymousPublishing = api.get("/actuator/health/publishing", null);
            assertThat(fields(anonymousPublishing.json())).as(anonymousPublishing.body()).containsExactly("status");

            ApiClient.Response wrongPassword = api.get("/actuator/health", ApiClient.basic(RunningService.RESEARCHER, "x"));
            assertThat(wrongPassword.status()).isEqualTo(401);

            broker.destroy();
            brokerStopped = true;
            JsonNode down = awaitPublishingStatus(api, service.researcher(), "DOWN", Duration.ofSeconds(45));
            assertThat(down.at("/components/kafkaTopic/details/state").asText()).isEqualTo("BROKER_UNREACHABLE");
            assertThat(down.at("/components/kafkaTopic/details/detail").asText()).contains("did not answer");

            ApiClient.Response overall = api.get("/actuator/health", null);
            assertThat(overall.status()).as("what a load balancer sees: " + overall.body()).isEqualTo(200);
            assertThat(overall.json().get("status").asText()).isEqualTo("UP");
            ApiClient.Response anonymousDown = api.get("/actuator/health/publishing", null);
            assertThat(anonymousDown.json().get("status").asText()).isEqualTo("DOWN");
            assertThat(fields(anonymousDown.json())).containsExactly("status");
        } finally {
            if (!brokerStopped) {
                broker.destroy();
            }
        }
    }

    private static JsonNode awaitPublishingStatus(ApiClient api, String researcher, String status, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        ApiClient.Response last = api.get("/actuator/health/publishing", researcher);
        while (!status.equals(last.json().path("status").asText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = api.get("/actuator/health/publishing", researcher);
        }
        assertThat(last.json().path("status").asText()).as(last.body()).isEqualTo(status);
        return last.json();
    }

    private static JsonNode awaitCaughtUp(ApiClient api, String researcher, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        JsonNode last = api.get("/actuator/health/publishing", researcher).json();
        while (!(last.path("status").asText().equals("UP")
                && last.at("/components/publishingLag/details/eventsBehind").asLong(-1) == 0)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = api.get("/actuator/health/publishing", researcher).json();
        }
        return last;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
