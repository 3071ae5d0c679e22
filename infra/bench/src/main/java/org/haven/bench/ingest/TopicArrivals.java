package org.haven.bench.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.haven.events.EventTopic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "A submission counts when its event is on the topic": reads the topic from its end at start-up, matches each
 * QuestionnaireSubmitted record to a sent submission by its submissionId and records when it arrived
 * (first copy only: publishing is at-least-once).
 */
public final class TopicArrivals implements AutoCloseable {

    /** A submission in flight: when it was due to be sent (open loop) or sent (closed loop), and its tracker. */
    public record Sent(long dueNanos, PhaseTracker phase) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, Sent> pending = new ConcurrentHashMap<>();
    private final AtomicLong unmatched = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final Map<String, Boolean> arrived = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    public TopicArrivals(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::loop, "topic-arrivals");
        thread.setDaemon(true);
        thread.start();
    }

    public void expect(String submissionId, Sent sent) {
        pending.put(submissionId, sent);
    }

    public long unmatched() {
        return unmatched.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    private void loop() {
        while (running) {
            var records = consumer.poll(Duration.ofMillis(50));
            long now = System.nanoTime();
            for (ConsumerRecord<String, byte[]> record : records) {
                Header type = record.headers().lastHeader(EventTopic.TYPE_HEADER);
                if (type == null || !new String(type.value(), StandardCharsets.UTF_8).endsWith("QuestionnaireSubmitted")) {
                    continue;
                }
                String id = submissionId(record.value());
                if (id == null || arrived.putIfAbsent(id, Boolean.TRUE) != null) {
                    duplicates.incrementAndGet();
                    continue;
                }
                Sent sent = pending.remove(id);
                if (sent == null) {
                    unmatched.incrementAndGet();
                } else {
                    sent.phase().arrived(sent.dueNanos(), now);
                }
            }
        }
    }

    static String submissionId(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("submissionId".equals(field)) {
                    return parser.getText();
                }
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5_000);
        consumer.close();
    }
}
