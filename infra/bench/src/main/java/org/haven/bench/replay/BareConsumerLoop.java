package org.haven.bench.replay;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.haven.bench.Args;
import org.haven.bench.report.Results;
import org.haven.events.EventTopic;
import org.haven.events.HavenEvent;
import org.haven.events.json.EventCodec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay baseline: a bare KafkaConsumer loop with the batch's consumer settings (analytics-batch
 * run/JobConfiguration) that reads every partition up to the end offsets taken at its start, deserializes
 * each record's event with events-schema's EventCodec (as the batch's EventDecoder does) and counts events by
 * type. With {@code --decode false} it only polls and reads the type header.
 */
public final class BareConsumerLoop {

    private BareConsumerLoop() {
    }

    public static void run(Args args) throws Exception {
        String topic = args.text("topic");
        boolean decode = Boolean.parseBoolean(args.text("decode", "true"));
        String label = args.text("label", decode ? "bare" : "bare_raw");
        long started = System.nanoTime();
        Map<String, Long> byType = new HashMap<>();
        long total = 0;
        EventCodec codec = EventCodec.standard();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.text("bootstrap-servers"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8_388_608,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 67_108_864),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long expected = end.values().stream().mapToLong(Long::longValue).sum();
            while (total < expected) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(topic, record.partition()))) {
                        continue;
                    }
                    String type = text(record, EventTopic.TYPE_HEADER);
                    if (decode) {
                        HavenEvent event = codec.read(type, text(record, EventTopic.REVISION_HEADER), record.value());
                        type = event.getClass().getSimpleName();
                    }
                    byType.merge(type, 1L, Long::sum);
                    total++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("replay." + label + ".events", total);
        figures.put("replay." + label + ".seconds", seconds);
        figures.put("replay." + label + ".rate", total / seconds);
        figures.put("replay." + label + ".by_type", byType.toString().replace('=', ':'));
        Results.append(Path.of(args.text("results")), figures);
    }

    private static String text(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
