package org.haven.analytics.it;

import org.haven.analytics.cli.BatchCommand;
import org.haven.analytics.run.BatchArguments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Nightly mode: a long-running process runs the job on its cron schedule (here every 2 seconds). */
class NightlyIT {

    private static final String STUDY = "7c6b5a49-3827-4160-9f8e-7d6c5b4a3928";
    private static EmbeddedKafkaKraftBroker broker;

    @TempDir
    Path work;

    @BeforeAll
    static void topic() throws Exception {
        broker = KafkaTestBroker.start();
        var fixture = new TopicFixture(broker.getBrokersAsString());
        fixture.createTopic("nightly", 2);
        fixture.publish("nightly", SyntheticStudy.events(STUDY, 50, 3, 3L));
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void runs_the_job_again_and_again_on_its_schedule() throws Exception {
        Path out = work.resolve("out");
        String[] args = {"--bootstrap-servers=" + broker.getBrokersAsString(), "--topic=nightly", "--study=" + STUDY,
                "--out=" + out, "--schedule=*/2 * * * * *", "--haven.data-dir=" + work.resolve("repo")};
        BatchArguments arguments = BatchArguments.parse(args, Map.of("HAVEN_EXPORT_KEY", "nightly-export-key-0001"));

        try (var context = BatchCommand.context(args); var schedule = BatchCommand.schedule(context, arguments)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (completedRuns(out) < 2 && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
        }

        assertThat(completedRuns(out)).isGreaterThanOrEqualTo(2);
    }

    private static long completedRuns(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> runs = Files.list(out)) {
            // the manifest is written last: a folder without it is a run still writing
            return runs.filter(run -> Files.exists(run.resolve("manifest.json"))).count();
        }
    }
}
