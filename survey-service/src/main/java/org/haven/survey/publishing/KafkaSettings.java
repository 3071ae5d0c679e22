package org.haven.survey.publishing;

import org.haven.events.EventTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Where and how events are published: {@code haven.kafka.*}. The topic keeps every event forever
 * (retention.ms = -1): the batch replays it from offset 0.
 */
@ConfigurationProperties("haven.kafka")
public record KafkaSettings(
        String bootstrapServers,
        String topic,
        int partitions,
        short replicationFactor,
        Publisher publisher,
        Map<String, String> producer) {

    /** The tracking publisher: on or off, and how many events it confirms at once. */
    public record Publisher(Boolean enabled, Integer batchSize) {
        public Publisher {
            enabled = enabled == null || enabled;
            batchSize = batchSize == null || batchSize <= 0 ? 500 : batchSize;
        }
    }

    public KafkaSettings {
        bootstrapServers = bootstrapServers == null ? "127.0.0.1:9092" : bootstrapServers;
        topic = topic == null ? EventTopic.NAME : topic;
        partitions = partitions <= 0 ? 3 : partitions;
        replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
        publisher = publisher == null ? new Publisher(null, null) : publisher;
        producer = producer == null ? Map.of() : Map.copyOf(producer);
    }
}
