package org.haven.demo.topic;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.haven.demo.api.HavenClient.AuditSummary;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Waits until the service's publisher has put every event of the demo study on the topic. The batch reads the
 * topic only up to the end offsets at its start, so starting it earlier would silently analyse part of the
 * study. Records are counted by their {@code axon-message-id} header, because publishing is at-least-once.
 */
public final class TopicCatchUp {

    private final String bootstrapServers;
    private final String topic;
    private final PrintStream out;

    public TopicCatchUp(String bootstrapServers, String topic, PrintStream out) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.out = out;
    }

    public void await(AuditSummary expected, Duration timeout) throws InterruptedException {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (seen.size() < expected.events()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("after " + timeout.toSeconds() + " s the topic " + topic
                            + " holds " + seen.size() + " of the study's " + expected.events()
                            + " events: is the service's Kafka publisher running? (see the service log)");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (expected.aggregateIds().contains(record.key())) {
                        seen.add(messageId(record));
                    }
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
        out.printf("  topic %s holds all %d events of the study%n", topic, expected.events());
    }

    private static String messageId(ConsumerRecord<String, byte[]> record) {
        Header id = record.headers().lastHeader("axon-message-id");
        return id == null ? record.topic() + "/" + record.partition() + "/" + record.offset()
                : new String(id.value(), StandardCharsets.UTF_8);
    }
}
