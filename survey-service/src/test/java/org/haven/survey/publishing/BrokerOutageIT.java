package org.haven.survey.publishing;

import org.haven.survey.it.ApiClient;
import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No accepted answer is lost when Kafka is away: with the broker process gone, submissions are still accepted
 * at once (the event store is the source of truth), and every one of them reaches the topic when the broker
 * returns.
 */
class BrokerOutageIT {

    private static final int PARTICIPANTS = 200;
    private static final Duration OUTLASTING_THE_PRODUCER_TIMEOUTS = Duration.ofSeconds(8);

    @Test
    void answers_given_while_the_broker_is_down_all_reach_the_topic_when_it_returns() throws Exception {
        try (StandaloneBroker broker = StandaloneBroker.create()) {
            assertThat(broker.start()).as("infra/kafka.sh start").isZero();
            String topic = "outage-" + System.nanoTime();
            try (RunningService service = RunningService.start(TestDatabase.properties(), Map.of(
                    "haven.kafka.bootstrap-servers", broker.bootstrapServers(), "haven.kafka.topic", topic,
                    // Short producer timeouts, so the outage below outlasts them: a publisher that moved on
                    // without the broker's acknowledgement would lose these records for good.
                    "haven.kafka.producer.[delivery.timeout.ms]", "3000",
                    "haven.kafka.producer.[request.timeout.ms]", "1000",
                    "haven.kafka.producer.[max.block.ms]", "1000"))) {
                String studyId = studyWithParticipants(service);
                TopicRecords.awaitRecords(broker.bootstrapServers(), topic, Duration.ofSeconds(60),
                        records -> records.size() >= PARTICIPANTS);

                assertThat(broker.stop()).as("infra/kafka.sh stop").isZero();
                assertThat(broker.portOpen()).as("the broker's port after stop").isFalse();
                assertThat(broker.status()).as("infra/kafka.sh status while stopped").isEqualTo(3);

                Set<String> accepted = new HashSet<>();
                long slowest = 0;
                for (int i = 0; i < PARTICIPANTS; i++) {
                    String submissionId = "outage-" + i;
                    long started = System.nanoTime();
                    var answer = service.api.postJson("/api/participant/submissions", ApiClient.bearer(tokens.get(i)),
                            "{\"submissionId\":\"" + submissionId + "\",\"wave\":1,\"answers\":{\"trust_1\":" + (1 + i % 7) + "}}");
                    slowest = Math.max(slowest, System.nanoTime() - started);
                    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                    accepted.add(submissionId);
                }
                Thread.sleep(OUTLASTING_THE_PRODUCER_TIMEOUTS.toMillis());
                assertThat(broker.portOpen()).as("the broker stayed down during the submissions").isFalse();
                assertThat(Duration.ofNanos(slowest)).as("slowest submission while the broker was down")
                        .isLessThan(Duration.ofSeconds(1));

                assertThat(broker.start()).as("infra/kafka.sh start again").isZero();
                var records = TopicRecords.awaitRecords(broker.bootstrapServers(), topic, Duration.ofSeconds(150),
                        all -> TopicRecords.submissionIds(all, studyId).containsAll(accepted));
                assertThat(TopicRecords.submissionIds(records, studyId)).isEqualTo(accepted);
            }
        }
    }

    private final List<String> tokens = new ArrayList<>();

    private String studyWithParticipants(RunningService service) {
        var study = service.api.postJson("/api/studies", service.researcher(),
                "{\"title\":\"Outage study\",\"waves\":[{\"type\":\"always\"}]}");
        String studyId = study.json().get("studyId").asText();
        service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(),
                "application/json", new byte[0]);
        for (int i = 0; i < PARTICIPANTS; i++) {
            tokens.add(service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\"}").json().get("token").asText());
        }
        return studyId;
    }

}
