package org.haven.survey.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.haven.events.EventTopic;
import org.haven.events.HavenEvent;
import org.haven.events.json.EventCodec;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.ServiceTestSupport;
import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracking publisher against a real Kafka broker (KRaft, in this JVM): every stored event reaches the
 * topic, including those stored before the publisher first ran; the topic is created with unlimited
 * retention; a topic with finite retention is reported; the rebuild reproduces the topic record for record.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublishingIT {

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
    void events_stored_while_the_publisher_was_off_reach_the_topic_when_it_starts() throws Exception {
        String topic = "events-" + System.nanoTime();
        Set<String> stored;
        String studyId;
        try (RunningService service = RunningService.start(TestDatabase.properties(),
                Map.of("haven.kafka.publisher.enabled", "false"))) {
            studyId = studyWithSubmissions(service, 5);
            stored = eventIdsOfStudy(service, studyId);
            // The publisher has never run on this database: no token yet (the shared test database may hold one).
            new JdbcTemplate(service.dataSource()).update("DELETE FROM tokenentry WHERE processorname = ?",
                    PublishingConfiguration.PROCESSING_GROUP);
        }
        assertThat(stored).hasSize(1 + 1 + 1 + 5 + 5); // study, wave, instrument, 5 enrollments, 5 submissions

        try (RunningService service = RunningService.start(TestDatabase.properties(), publishingTo(topic, 4))) {
            var records = TopicRecords.awaitRecords(broker.getBrokersAsString(), topic, Duration.ofSeconds(60),
                    all -> messageIds(all).containsAll(stored));
            assertThat(messageIds(records)).containsAll(stored);

            for (ConsumerRecord<String, byte[]> record : records) {
                if (!stored.contains(TopicRecords.header(record, "axon-message-id"))) {
                    continue;
                }
                HavenEvent event = EventCodec.standard().read(TopicRecords.header(record, "axon-message-type"),
                        TopicRecords.header(record, "axon-message-revision"), record.value());
                assertThat(record.key()).isEqualTo(event.aggregateId());
                assertThat(TopicRecords.header(record, EventRecords.EVENT_TIME_HEADER)).isNotBlank();
                assertThat(TopicRecords.header(record, EventTopic.STUDY_HEADER)).isEqualTo(studyId);
            }
            try (Admin admin = admin()) {
                assertThat(admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(4);
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                assertThat(admin.describeConfigs(Set.of(resource)).all().get().get(resource)
                        .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            }
            // publishing has its own health group, whose components a researcher sees
            JsonNode health = service.api.get("/actuator/health/publishing", service.researcher()).json();
            assertThat(health.at("/components/kafkaTopic/status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void a_topic_with_finite_retention_is_reported_in_the_log_and_the_health(CapturedOutput output) throws Exception {
        String topic = "finite-" + System.nanoTime();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "604800000")))).all().get();
        }
        try (RunningService service = RunningService.start(TestDatabase.properties(), publishingTo(topic, 1))) {
            var health = service.api.get("/actuator/health/publishing", service.researcher());

            assertThat(health.json().at("/components/kafkaTopic/status").asText()).isEqualTo("DOWN");
            assertThat(health.json().at("/components/kafkaTopic/details/detail").asText())
                    .contains("retention.ms=604800000");
            assertThat(output.getOut()).containsPattern("ERROR .*retention\\.ms=604800000");
        }
    }

    @Test
    void a_rebuild_republishes_the_event_store_into_an_empty_topic_record_for_record() throws Exception {
        String topic = "original-" + System.nanoTime();
        String rebuilt = "rebuilt-" + System.nanoTime();
        Set<String> ours;
        try (RunningService service = RunningService.start(TestDatabase.properties(), publishingTo(topic, 3))) {
            String studyId = studyWithSubmissions(service, 4);
            ours = eventIdsOfStudy(service, studyId);
            TopicRecords.awaitRecords(broker.getBrokersAsString(), topic, Duration.ofSeconds(60),
                    all -> messageIds(all).containsAll(ours));
        }
        Map<String, String> database = TestDatabase.properties();
        List<String> args = new ArrayList<>(List.of("--rebuild-topic=" + rebuilt, "--partitions=5",
                "--haven.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                // the rebuild starts the service's context, so it needs the service's keys, as on a deployment
                "--haven.privacy.master-key=" + ServiceTestSupport.TEST_MASTER_KEY,
                "--haven.import.ref-key=" + ServiceTestSupport.TEST_REF_KEY));
        database.forEach((key, value) -> args.add("--" + key + "=" + value));

        assertThat(RebuildCommand.run(args.toArray(String[]::new))).isZero();

        var original = byMessageId(TopicRecords.readAll(broker.getBrokersAsString(), topic));
        var copy = TopicRecords.readAll(broker.getBrokersAsString(), rebuilt);
        assertThat(copy).hasSize((int) storedEventCount(database));
        var copies = byMessageId(copy);
        assertThat(copies.keySet()).containsAll(original.keySet());
        for (var entry : original.entrySet()) {
            ConsumerRecord<String, byte[]> first = entry.getValue();
            ConsumerRecord<String, byte[]> again = copies.get(entry.getKey());
            assertThat(again.key()).isEqualTo(first.key());
            assertThat(again.value()).isEqualTo(first.value());
            assertThat(headers(again)).isEqualTo(headers(first));
        }
        // Per aggregate, the rebuilt topic keeps the order of the original (one key, one partition).
        Map<String, List<String>> originalOrder = orderPerKey(TopicRecords.readAll(broker.getBrokersAsString(), topic), ours);
        Map<String, List<String>> rebuiltOrder = orderPerKey(copy, ours);
        assertThat(rebuiltOrder).isEqualTo(originalOrder);
        try (Admin admin = admin()) {
            assertThat(admin.describeTopics(Set.of(rebuilt)).allTopicNames().get().get(rebuilt).partitions()).hasSize(5);
        }
        assertThat(RebuildCommand.run(args.toArray(String[]::new))).as("a second rebuild into a full topic").isEqualTo(1);
    }

    private static Map<String, String> publishingTo(String topic, int partitions) {
        return Map.of("haven.kafka.bootstrap-servers", broker.getBrokersAsString(), "haven.kafka.topic", topic,
                "haven.kafka.partitions", String.valueOf(partitions));
    }

    static String studyWithSubmissions(RunningService service, int participants) {
        ApiClient api = service.api;
        var study = api.postJson("/api/studies", service.researcher(),
                "{\"title\":\"Kafka study\",\"waves\":[{\"type\":\"always\"}]}");
        String studyId = study.json().get("studyId").asText();
        api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(), "application/json",
                new byte[0]);
        for (int i = 0; i < participants; i++) {
            var enrolled = api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\"}");
            var submitted = api.postJson("/api/participant/submissions",
                    ApiClient.bearer(enrolled.json().get("token").asText()),
                    "{\"submissionId\":\"s-" + i + "\",\"wave\":1,\"answers\":{\"respect_1\":" + (1 + i % 7) + "}}");
            assertThat(submitted.status()).isEqualTo(201);
        }
        return studyId;
    }

    /** The ids of the study's events, read from the event store with plain SQL. */
    static Set<String> eventIdsOfStudy(RunningService service, String studyId) {
        return Set.copyOf(new JdbcTemplate(service.dataSource()).queryForList(
                "SELECT e.eventidentifier FROM domainevententry e WHERE e.aggregateidentifier = ?"
                        + " OR e.aggregateidentifier IN (SELECT participant_id FROM participant WHERE study_id = ?)",
                String.class, studyId, studyId));
    }

    private static long storedEventCount(Map<String, String> database) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"));
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM domainevententry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Set<String> messageIds(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> TopicRecords.header(r, "axon-message-id")).collect(Collectors.toSet());
    }

    private static Map<String, ConsumerRecord<String, byte[]>> byMessageId(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, ConsumerRecord<String, byte[]>> byId = new HashMap<>();
        records.forEach(r -> byId.putIfAbsent(TopicRecords.header(r, "axon-message-id"), r));
        return byId;
    }

    private static Map<String, List<String>> orderPerKey(List<ConsumerRecord<String, byte[]>> records, Set<String> ids) {
        Map<String, List<String>> order = new HashMap<>();
        records.stream().sorted(java.util.Comparator.comparingInt(ConsumerRecord<String, byte[]>::partition)
                        .thenComparingLong(ConsumerRecord::offset))
                .filter(r -> ids.contains(TopicRecords.header(r, "axon-message-id")))
                .forEach(r -> order.computeIfAbsent(r.key(), k -> new ArrayList<>())
                        .add(TopicRecords.header(r, "axon-message-id")));
        return order;
    }

    private static List<String> headers(ConsumerRecord<String, byte[]> record) {
        List<String> headers = new ArrayList<>();
        record.headers().forEach(h -> headers.add(h.key() + "=" + Arrays.toString(h.value())));
        return headers;
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }
}
