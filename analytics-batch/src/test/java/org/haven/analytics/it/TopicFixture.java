package org.haven.analytics.it;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
 * id, type and revision headers, and the event time header.
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
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (Timed timed : events) {
                HavenEvent event = timed.event();
                var record = new ProducerRecord<>(topic, event.aggregateId(), codec.write(event));
                record.headers().add(EventTopic.TYPE_HEADER, bytes(EventTypes.nameOf(event.getClass())));
                record.headers().add(EventTopic.REVISION_HEADER, bytes(String.valueOf(codec.revisionOf(event))));
                record.headers().add("haven-event-time", bytes(timed.time().toString()));
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
