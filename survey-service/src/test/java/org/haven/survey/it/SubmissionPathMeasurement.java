package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.haven.survey.study.JdbcStudyCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A focused before/after figure for the participant submission path (token, participant, study catalog, command),
 * not a benchmark: closed loop of {@code haven.measure.threads} clients through the real HTTP stack, each
 * participant submitting all its waves with every ESTI item answered. Not part of the suite (no {@code IT} or
 * {@code Test} suffix): run by name, {@code -Dit.test=SubmissionPathMeasurement}; infra/bench.sh remains the
 * benchmark of record.
 */
class SubmissionPathMeasurement extends ServiceTestSupport {

    private static final int WAVES = 10;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    @Test
    void measures_submissions_per_second() throws Exception {
        int threads = Integer.getInteger("haven.measure.threads", 24);
        int participants = Integer.getInteger("haven.measure.participants", 240);
        String studyId = createStudy(false, "[" + String.join(",", java.util.Collections.nCopies(WAVES,
                "{\"type\":\"always\"}")) + "]");
        Enrolled[] enrolled = new Enrolled[participants];
        for (int i = 0; i < participants; i++) {
            enrolled[i] = enroll(studyId);
        }
        String answers = allAnswers(enrolled[0].token());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, Arrays.copyOf(enrolled, participants / 4), answers, "warm-up");
            PathCounters before = PathCounters.read(meters);
            long[] latencies = run(pool, Arrays.copyOfRange(enrolled, participants / 4, participants), answers, "hold");
            System.out.println("MEASURE per submission: " + PathCounters.read(meters).since(before, latencies.length));
            Arrays.sort(latencies);
            System.out.printf("MEASURE threads=%d pool=%d submissions=%d p50=%.1fms p95=%.1fms%n", threads,
                    dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize(), latencies.length,
                    latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 95 / 100] / 1e6);
            aggregateLoad(Arrays.copyOfRange(enrolled, participants / 4, participants));
            studyLookUp(studyId);
        } finally {
            pool.shutdownNow();
        }
    }

    @Autowired
    EventStore eventStore;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * One study look-up as a submission makes it twice, single-threaded: served from the cache (one row read)
     * and as before the cache (a fresh catalog: study row, waves, instruments and their JSON parse).
     */
    private void studyLookUp(String studyId) {
        JdbcStudyCatalog cached = new JdbcStudyCatalog(jdbc);
        int n = 2000;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                cached.require(studyId);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                new JdbcStudyCatalog(jdbc).require(studyId);
            }
            long t2 = System.nanoTime();
            System.out.printf("MEASURE study look-up: %.3f ms cached, %.3f ms uncached%n", (t1 - t0) / 1e6 / n,
                    (t2 - t1) / 1e6 / n);
        }
    }

    /**
     * Figures that a loaded machine disturbs less than throughput: pooled-connection borrows and the time spent
     * waiting for one (Hikari's Micrometer timers), and this JVM's CPU time (service and client together).
     */
    private record PathCounters(long borrows, double acquireMs, long cpuNanos) {

        static PathCounters read(MeterRegistry meters) {
            Timer usage = meters.find("hikaricp.connections.usage").timer();
            Timer acquire = meters.find("hikaricp.connections.acquire").timer();
            long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new PathCounters(usage == null ? -1 : usage.count(),
                    acquire == null ? -1 : acquire.totalTime(TimeUnit.MILLISECONDS), cpu);
        }

        String since(PathCounters before, int submissions) {
            return String.format("%.2f connection borrows, %.2f ms waiting for a connection, %.2f ms JVM CPU",
                    (borrows - before.borrows) / (double) submissions, (acquireMs - before.acquireMs) / submissions,
                    (cpuNanos - before.cpuNanos) / 1e6 / submissions);
        }
    }

    /**
     * What an aggregate cache or snapshots could save at most: reading a participant's events (11 each here:
     * enrollment and ten submissions) and deserializing their payloads, as the repository does per command.
     */
    private void aggregateLoad(Enrolled[] participants) {
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            long events = 0;
            for (Enrolled participant : participants) {
                events += eventStore.readEvents(participant.participantId()).asStream()
                        .map(event -> event.getPayload()).count();
            }
            System.out.printf("MEASURE aggregate load: %d participants, %d events, %.2f ms per participant%n",
                    participants.length, events, (System.nanoTime() - start) / 1e6 / participants.length);
        }
    }

    /** Each participant is one client's unit of work: its waves in order, so no two requests race. */
    private long[] run(ExecutorService pool, Enrolled[] participants, String answers, String phase) throws Exception {
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        for (Enrolled participant : participants) {
            futures.add(pool.submit(() -> {
                long[] took = new long[WAVES];
                for (int wave = 1; wave <= WAVES; wave++) {
                    long t0 = System.nanoTime();
                    var response = api.postJson("/api/participant/submissions", ApiClient.bearer(participant.token()),
                            "{\"submissionId\":\"m-" + wave + "\",\"wave\":" + wave + ",\"answers\":" + answers + "}");
                    took[wave - 1] = System.nanoTime() - t0;
                    assertThat(response.status()).as(response.body()).isEqualTo(201);
                }
                return took;
            }));
        }
        long[] all = new long[participants.length * WAVES];
        int i = 0;
        for (Future<long[]> future : futures) {
            for (long took : future.get()) {
                all[i++] = took;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("MEASURE %s: %d submissions in %.1f s = %.0f/s%n", phase, all.length, seconds,
                all.length / seconds);
        return all;
    }

    private String allAnswers(String token) {
        JsonNode questions = api.get("/api/participant/questionnaire", ApiClient.bearer(token)).json().get("questions");
        List<String> pairs = new ArrayList<>();
        for (JsonNode question : questions) {
            pairs.add("\"" + question.get("itemId").asText() + "\":" + (1 + pairs.size() % 7));
        }
        return "{" + String.join(",", pairs) + "}";
    }
}
