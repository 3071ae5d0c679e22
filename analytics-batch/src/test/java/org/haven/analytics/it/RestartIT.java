package org.haven.analytics.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed with SIGKILL after a committed chunk resumes from there when the same command runs again,
 * reads only the rest of the topic, and writes the same bytes as a run that was never interrupted.
 */
class RestartIT {

    private static final String STUDY = "3f9a1c52-6b7d-4e8f-a0b1-c2d3e4f5a6b7";
    private static final String TOPIC = "haven.survey.events.restart";
    private static final String KEY = "restart-test-export-key";
    private static final Pattern PROGRESS = Pattern.compile("replay: ([\\d,]+) / ([\\d,]+) events");
    private static EmbeddedKafkaKraftBroker broker;
    private static int totalEvents;

    @TempDir
    Path work;

    @BeforeAll
    static void topic() throws Exception {
        broker = KafkaTestBroker.start();
        var fixture = new TopicFixture(broker.getBrokersAsString());
        fixture.createTopic(TOPIC, 3);
        var events = SyntheticStudy.events(STUDY, 20_000, 4, 7L);
        fixture.publish(TOPIC, events);
        totalEvents = events.size();
    }

    @AfterAll
    static void stop() {
        broker.destroy();
    }

    @Test
    void a_killed_run_resumes_from_its_last_commit_and_writes_the_same_bytes() throws Exception {
        Path out = work.resolve("out");
        List<String> args = arguments(out, BatchRepository.forTest(work.resolve("repo")));

        BatchProcess first = BatchProcess.start(KEY, work.resolve("first.log"), args);
        long readBeforeKill = awaitCommittedChunk(first);
        first.kill();
        assertThat(readBeforeKill).isPositive().isLessThan(totalEvents);
        Path runFolder = onlyFolder(out);
        assertThat(runFolder.resolve("statistics.csv")).doesNotExist();

        BatchProcess second = BatchProcess.start(KEY, work.resolve("second.log"), args);
        assertThat(second.waitFor(300)).as(second.output()).isZero();
        assertThat(second.output()).contains("resuming run " + runFolder.getFileName());
        long readAfterRestart = lastReplayReadCount(BatchRepository.forTest(work.resolve("repo")));
        assertThat(readAfterRestart).as("events read by the resumed run").isPositive().isLessThan(totalEvents);

        Path fresh = work.resolve("uninterrupted");
        BatchProcess whole = BatchProcess.start(KEY, work.resolve("whole.log"),
                arguments(fresh, BatchRepository.h2(work.resolve("repo-fresh"))));
        assertThat(whole.waitFor(300)).as(whole.output()).isZero();

        Map<String, String> resumed = csvDigests(runFolder);
        assertThat(resumed).containsKeys("statistics.csv", "codebook.csv");
        assertThat(resumed).isEqualTo(csvDigests(onlyFolder(fresh)));
        assertThat(runFolder.resolve(".replay-journal")).doesNotExist();
    }

    private static List<String> arguments(Path out, List<String> repository) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers=" + broker.getBrokersAsString(),
                "--topic=" + TOPIC, "--study=" + STUDY, "--out=" + out));
        args.addAll(repository);
        return args;
    }

    /** Waits for the first progress line, printed after a chunk was committed, and returns its count. */
    private static long awaitCommittedChunk(BatchProcess run) throws InterruptedException {
        for (String line = run.nextLine(120); line != null; line = run.nextLine(120)) {
            Matcher progress = PROGRESS.matcher(line);
            if (progress.find()) {
                return Long.parseLong(progress.group(1).replace(",", ""));
            }
        }
        throw new AssertionError("no progress line from the batch:\n" + run.output());
    }

    private static long lastReplayReadCount(List<String> repository) throws Exception {
        Map<String, String> settings = BatchRepository.settings(repository);
        try (Connection connection = DriverManager.getConnection(settings.get("url"), settings.get("username"), "");
             PreparedStatement query = connection.prepareStatement("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION"
                     + " WHERE STEP_NAME = 'replay' ORDER BY STEP_EXECUTION_ID DESC")) {
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private static Path onlyFolder(Path out) throws IOException {
        try (Stream<Path> folders = Files.list(out)) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static Map<String, String> csvDigests(Path folder) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                digests.put(file.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }
}
