package org.haven.analytics.replay;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader against a real broker: bounded by the end offsets of its first open, resumable from its context. */
class TopicReaderIT {

    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaTestBroker.start();
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void reads_every_partition_up_to_the_end_offsets_taken_when_it_opened() throws Exception {
        String topic = topic(3);
        produce(topic, 0, 30);
        TopicReader reader = reader(topic);
        reader.open(new ExecutionContext());
        produce(topic, 30, 10); // published during the run: belongs to the next run

        List<String> read = readAll(reader);
        reader.close();

        assertThat(read).hasSize(30).doesNotHaveDuplicates();
        assertThat(read).allMatch(value -> Integer.parseInt(value) < 30);
    }

    @Test
    void a_reopened_reader_resumes_after_the_last_saved_position_with_the_same_end() throws Exception {
        String topic = topic(3);
        produce(topic, 0, 25);
        ExecutionContext context = new ExecutionContext();
        TopicReader first = reader(topic);
        first.open(context);
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            before.add(text(first.read()));
        }
        first.update(context);
        first.close(); // as if the process died after this chunk's commit
        produce(topic, 25, 5);

        TopicReader second = reader(topic);
        second.open(context);
        List<String> after = readAll(second);
        second.close();

        assertThat(after).hasSize(15).doesNotContainAnyElementsOf(before);
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(all).hasSize(25).doesNotHaveDuplicates().allMatch(value -> Integer.parseInt(value) < 25);
    }

    private static List<String> readAll(TopicReader reader) {
        List<String> values = new ArrayList<>();
        for (TopicRecord record = reader.read(); record != null; record = reader.read()) {
            values.add(text(record));
        }
        return values;
    }

    private static String text(TopicRecord record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static TopicReader reader(String topic) {
        return new TopicReader(() -> new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 7,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)), topic);
    }

    private static String topic(int partitions) throws Exception {
        String topic = "reader-" + System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        return topic;
    }

    private static void produce(String topic, int from, int count) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = from; i < from + count; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, String.valueOf(i).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
    }
}
