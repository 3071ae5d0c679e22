package org.haven.analytics.it;

import org.haven.analytics.cli.BatchCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs over the same events give byte-identical CSV files, even when the events sit on a topic with
 * another partition count (and so arrive in another order).
 */
class DeterminismIT {

    private static final String STUDY = "d0e1f2a3-b4c5-4d6e-8f70-8192a3b4c5d6";
    private static final Map<String, String> KEY = Map.of("HAVEN_EXPORT_KEY", "determinism-export-key");
    private static EmbeddedKafkaKraftBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void twoTopicsWithTheSameEvents() throws Exception {
        broker = KafkaTestBroker.start();
        var fixture = new TopicFixture(broker.getBrokersAsString());
        var events = SyntheticStudy.events(STUDY, 300, 4, 11L);
        fixture.createTopic("one-partition", 1);
        fixture.createTopic("three-partitions", 3);
        fixture.publish("one-partition", events);
        fixture.publish("three-partitions", events);
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, byte[]>(Map.of(
                "bootstrap.servers", broker.getBrokersAsString(),
                "key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class,
                "value.deserializer", org.apache.kafka.common.serialization.ByteArrayDeserializer.class))) {
            var partitions = List.of(0, 1, 2).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition("three-partitions", p)).toList();
            assertThat(consumer.endOffsets(partitions).values()).as("every partition holds events").allMatch(end -> end > 0);
        }
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void the_csv_files_are_byte_identical_whatever_the_partition_count() throws Exception {
        Map<String, byte[]> one = run("one-partition");
        Map<String, byte[]> three = run("three-partitions");

        assertThat(one.keySet()).contains("statistics.csv", "codebook.csv");
        assertThat(three.keySet()).isEqualTo(one.keySet());
        one.forEach((name, bytes) -> assertThat(three.get(name)).as(name).isEqualTo(bytes));
    }

    private Map<String, byte[]> run(String topic) throws Exception {
        Path out = work.resolve(topic);
        int exit = BatchCommand.run(new String[] {"--bootstrap-servers=" + broker.getBrokersAsString(),
                "--topic=" + topic, "--study=" + STUDY, "--out=" + out, "--haven.data-dir=" + work.resolve("repo")},
                KEY, new PrintStream(System.err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> folders = Files.list(out)) {
            Path folder = folders.findFirst().orElseThrow();
            try (Stream<Path> csvs = Files.list(folder)) {
                for (Path csv : csvs.filter(f -> f.toString().endsWith(".csv")).toList()) {
                    files.put(csv.getFileName().toString(), Files.readAllBytes(csv));
                }
            }
        }
        return files;
    }
}
