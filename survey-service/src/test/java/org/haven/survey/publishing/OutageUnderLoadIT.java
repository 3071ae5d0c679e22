package org.haven.survey.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.TestDatabase;
import org.haven.testing.AnalyticsBatchJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 submissions under a steady load while the broker process is stopped after the first 300 accepted and
 * started again after 700: every accepted submission reaches the topic, and the analytics batch, run as its own
 * process over that topic, counts each participant-wave exactly once (duplicate records of an at-least-once
 * publisher included).
 */
class OutageUnderLoadIT {

    private static final int SUBMISSIONS = 1000;
    private static final int STOP_AFTER = 300;
    private static final int START_AFTER = 700;
    /** 40 submissions a second: the outage spans several seconds of steady load, not one burst. */
    private static final long INTERVAL_MILLIS = 25;
    private static final String TRUST_ITEMS = "\"trust_1\":%d,\"trust_2\":%d,\"trust_3\":%d,\"trust_4\":%d,\"trust_5\":%d";

    @TempDir
    Path work;

    @Test
    void a_thousand_submissions_across_a_broker_restart_all_reach_the_topic_and_the_batch_counts_each_once()
            throws Exception {
        Path batchJar = AnalyticsBatchJar.locate();
        try (StandaloneBroker broker = StandaloneBroker.create()) {
            assertThat(broker.start()).as("infra/kafka.sh start").isZero();
            String topic = "outage-load-" + System.nanoTime();
            Set<String> accepted = ConcurrentHashMap.newKeySet();
            String studyId;
            try (RunningService service = RunningService.start(TestDatabase.properties(), Map.of(
                    "haven.kafka.bootstrap-servers", broker.bootstrapServers(), "haven.kafka.topic", topic,
                    "haven.kafka.producer.[delivery.timeout.ms]", "3000",
                    "haven.kafka.producer.[request.timeout.ms]", "1000",
                    "haven.kafka.producer.[max.block.ms]", "1000"))) {
                studyId = createStudy(service);
                List<String> tokens = enroll(service, studyId);

                AtomicInteger next = new AtomicInteger();
                List<String> failures = new ArrayList<>();
                long start = System.nanoTime();
                ExecutorService load = Executors.newFixedThreadPool(4);
                List<Future<?>> senders = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    senders.add(load.submit(() -> {
                        for (int i = next.getAndIncrement(); i < SUBMISSIONS; i = next.getAndIncrement()) {
                            pace(start, i);
                            String submissionId = "load-" + i;
                            int v = 1 + i % 7;
                            var answer = service.api.postJson("/api/participant/submissions",
                                    ApiClient.bearer(tokens.get(i)), "{\"submissionId\":\"" + submissionId
                                            + "\",\"wave\":1,\"answers\":{" + TRUST_ITEMS.formatted(v, v, v, v, v) + "}}");
                            if (answer.status() == 201) {
                                accepted.add(submissionId);
                            } else {
                                synchronized (failures) {
                                    failures.add(submissionId + ": " + answer.status() + " " + answer.body());
                                }
                            }
                        }
                        return null;
                    }));
                }
                awaitAccepted(accepted, STOP_AFTER);
                assertThat(broker.stop()).as("infra/kafka.sh stop").isZero();
                assertThat(broker.portOpen()).as("the broker's port after stop").isFalse();
                int acceptedWhenStopped = accepted.size();
                awaitAccepted(accepted, START_AFTER);
                assertThat(accepted.size() - acceptedWhenStopped).as("submissions accepted while the broker was down")
                        .isGreaterThan(200);
                assertThat(broker.start()).as("infra/kafka.sh start again").isZero();
                for (Future<?> sender : senders) {
                    sender.get(5, TimeUnit.MINUTES);
                }
                load.shutdown();
                assertThat(failures).as("refused submissions").isEmpty();
                assertThat(accepted).hasSize(SUBMISSIONS);

                var records = TopicRecords.awaitRecords(broker.bootstrapServers(), topic, Duration.ofSeconds(180),
                        all -> TopicRecords.submissionIds(all, studyId).containsAll(accepted));
                assertThat(TopicRecords.submissionIds(records, studyId)).isEqualTo(accepted);
            }

            Path out = work.resolve("out");
            BatchJar.Result run = BatchJar.run(batchJar, work.resolve("batch.log"),
                    "--bootstrap-servers=" + broker.bootstrapServers(), "--topic=" + topic, "--study=" + studyId,
                    "--out=" + out, "--haven.data-dir=" + work.resolve("batch-data"));
            assertThat(run.exit()).as(run.output()).isZero();
            Path folder;
            try (Stream<Path> folders = Files.list(out)) {
                folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            List<String> statistics = Files.readAllLines(folder.resolve("statistics.csv"), StandardCharsets.UTF_8);
            assertThat(statistics).contains("n,trust,,1," + SUBMISSIONS);
            List<String> scores = Files.readAllLines(folder.resolve("scores_long.csv"), StandardCharsets.UTF_8);
            Set<String> pids = new HashSet<>();
            long trustRows = 0;
            for (String line : scores.subList(1, scores.size())) {
                String[] field = line.split(",", -1);
                if (field[2].equals("trust")) {
                    trustRows++;
                    pids.add(field[0]);
                }
            }
            assertThat(trustRows).as("trust scores at wave 1, one per participant").isEqualTo(SUBMISSIONS);
            assertThat(pids).hasSize(SUBMISSIONS);
            JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
            assertThat(manifest.at("/participants/included").asLong()).isEqualTo(SUBMISSIONS);
        }
    }

    private static void pace(long start, int i) throws InterruptedException {
        long due = start + TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS * i);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void awaitAccepted(Set<String> accepted, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (accepted.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + accepted.size() + " submissions accepted, waiting for " + count);
            }
            Thread.sleep(20);
        }
    }

    private static String createStudy(RunningService service) {
        var study = service.api.postJson("/api/studies", service.researcher(),
                "{\"title\":\"Outage under load\",\"waves\":[{\"type\":\"always\"}]}");
        String studyId = study.json().get("studyId").asText();
        var published = service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1",
                service.researcher(), "application/json", new byte[0]);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return studyId;
    }

    private static List<String> enroll(RunningService service, String studyId) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            var enrolled = service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\"}");
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
            tokens.add(enrolled.json().get("token").asText());
        }
        return tokens;
    }

}
