package org.haven.analytics.it;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.haven.events.EventTopic;
import org.haven.events.HavenEvent;
import org.haven.events.json.EventCodec;
import org.haven.events.json.EventTypes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Puts events on a topic the way the survey-service publishes them: the events-schema JSON, key = aggregate
 * id, type, revision and study headers, and the event time header; or as it published them before the study
 * header existed; or any record at all, as someone with write access to the topic could.
 */
final class TopicFixture {

    private final String bootstrapServers;
    private final EventCodec codec = EventCodec.standard();

    TopicFixture(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void createTopic(String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                    .configs(Map.of("retention.ms", "-1")))).all().get();
        }
    }

    record Timed(HavenEvent event, Instant time) {
    }

    void publish(String topic, List<Timed> events) {
        publish(topic, events, true);
    }

    /** As the service published events before the study header: the batch must decide their study otherwise. */
    void publishWithoutStudyHeader(String topic, List<Timed> events) {
        publish(topic, events, false);
    }

    private void publish(String topic, List<Timed> events, boolean studyHeader) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (Timed timed : events) {
                HavenEvent event = timed.event();
                var record = new ProducerRecord<>(topic, event.aggregateId(), codec.write(event));
                record.headers().add(EventTopic.TYPE_HEADER, bytes(EventTypes.nameOf(event.getClass())));
                record.headers().add(EventTopic.REVISION_HEADER, bytes(String.valueOf(codec.revisionOf(event))));
                record.headers().add("haven-event-time", bytes(timed.time().toString()));
                if (studyHeader) {
                    record.headers().add(EventTopic.STUDY_HEADER, bytes(event.studyId()));
                }
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Sends one record as given (null key, headers as text, any value) and returns where it landed. */
    RecordMetadata send(String topic, String key, Map<String, String> headers, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            var record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, bytes(text)));
            return producer.send(record).get();
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
