package org.haven.analytics.it;

import org.haven.testing.KafkaTestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch as an operator runs it (a JVM of its own, its own logging), with the mistakes a new user makes: a
 * study id copied from the wrong place, a value that is no study id at all, a broker that is not running. Each
 * gets one line that says what to check, no stack trace and no Kafka client chatter, and leaves no folder.
 */
class WrongStudyIT {

    private static final String TOPIC = "wrong-study-topic";
    private static final String STUDY = "5f0c2d1e-7a41-4c8e-9b1f-2d3c4b5a6978";
    private static final String NO_SUCH_STUDY = "0b7d9c3a-1e2f-4a5b-8c6d-7e8f9a0b1c2d";
    private static final String EXPORT_KEY = "wrong-study-export-key";
    private static EmbeddedKafkaKraftBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void topicWithOneStudy() throws Exception {
        broker = KafkaTestBroker.start();
        var fixture = new TopicFixture(broker.getBrokersAsString());
        fixture.createTopic(TOPIC, 2);
        fixture.publish(TOPIC, SyntheticStudy.events(STUDY, 20, 2, 3L));
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void a_study_with_no_events_on_the_topic_gets_one_line_exit_2_and_leaves_nothing_behind() throws Exception {
        Path out = work.resolve("out");

        Finished run = run("--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=" + TOPIC,
                "--study=" + NO_SUCH_STUDY, "--out=" + out);

        assertThat(run.exit()).as(run.output()).isEqualTo(2);
        assertThat(run.linesStartingWith("haven-analytics:")).singleElement().asString()
                .contains("study " + NO_SUCH_STUDY + " has no events on topic " + TOPIC,
                        "GET /api/studies", "--topic", "published");
        assertQuiet(run);
        assertThat(leftBehind(out)).as("files left in --out").isEmpty();
    }

    @Test
    void a_value_that_is_not_a_study_id_is_refused_before_anything_is_read() throws Exception {
        // the broker address is unreachable: a refusal that came after reading would be about Kafka instead
        Finished run = run("--bootstrap-servers=127.0.0.1:1", "--topic=" + TOPIC, "--study=Trust after moving",
                "--out=" + work.resolve("out"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output().strip()).isEqualTo("haven-analytics: --study 'Trust after moving' is not a study id:"
                + " study ids look like 5f0c2d1e-7a41-4c8e-9b1f-2d3c4b5a6978 (GET /api/studies lists them)");
        assertThat(Files.exists(work.resolve("out"))).isFalse();
    }

    @Test
    void an_unreachable_broker_is_one_line_and_the_kafka_clients_speak_again_with_the_debug_flag() throws Exception {
        Finished quiet = run("--bootstrap-servers=127.0.0.1:1", "--study=" + STUDY, "--out=" + work.resolve("out"));
        Finished verbose = run("--bootstrap-servers=127.0.0.1:1", "--study=" + STUDY, "--out=" + work.resolve("out"),
                "--kafka-log=info");

        assertThat(quiet.exit()).isEqualTo(2);
        assertThat(quiet.output().strip()).startsWith("haven-analytics: cannot reach Kafka at 127.0.0.1:1")
                .doesNotContain("\n");
        assertThat(verbose.exit()).isEqualTo(2);
        assertThat(verbose.output()).contains("AdminClientConfig values", "cannot reach Kafka at 127.0.0.1:1");
    }

    private static void assertQuiet(Finished run) {
        assertThat(run.output()).as("no stack trace, no Kafka client configuration dump or warnings")
                .doesNotContain("\tat ", "Exception", "ConsumerConfig", "AdminClientConfig", " WARN ", " INFO ",
                        "ERROR");
    }

    private record Finished(int exit, String output) {
        List<String> linesStartingWith(String prefix) {
            return output.lines().filter(line -> line.startsWith(prefix)).toList();
        }
    }

    private Finished run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(BatchRepository.forTest(work.resolve("repo")));
        BatchProcess process = BatchProcess.start(EXPORT_KEY, work.resolve("batch.log"), all);
        int exit = process.waitFor(120);
        return new Finished(exit, process.output());
    }

    private static List<Path> leftBehind(Path out) throws Exception {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> !file.equals(out)).toList();
        }
    }
}
