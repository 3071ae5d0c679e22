package org.haven.survey.publishing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.haven.events.HavenEvent;
import org.haven.events.json.EventCodec;
import org.haven.events.participant.QuestionnaireSubmitted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads a whole topic, from offset 0 of every partition to its current end, with a plain consumer. */
public final class TopicRecords {

    private TopicRecords() {
    }

    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /** Polls the topic until the wanted records are there, or the time is up; returns what it last read. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrapServers, String topic, Duration timeout,
                                                              Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Instant deadline = Instant.now().plus(timeout);
        List<ConsumerRecord<String, byte[]>> records = List.of();
        while (Instant.now().isBefore(deadline)) {
            try {
                records = readAll(bootstrapServers, topic);
            } catch (org.apache.kafka.common.KafkaException | NullPointerException notThereYet) {
                records = List.of();
            }
            if (done.test(records)) {
                return records;
            }
            sleep(500);
        }
        return records;
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The submission ids of the study's QuestionnaireSubmitted records (each once, however often it appears). */
    public static Set<String> submissionIds(List<ConsumerRecord<String, byte[]>> records, String studyId) {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String type = header(record, "axon-message-type");
            if (!QuestionnaireSubmitted.class.getName().equals(type)) {
                continue;
            }
            HavenEvent event = EventCodec.standard().read(type,
                    header(record, "axon-message-revision"), record.value());
            if (event.studyId().equals(studyId)) {
                ids.add(((QuestionnaireSubmitted) event).submissionId());
            }
        }
        return ids;
    }
}
