package org.haven.bench.auth;

import org.haven.bench.Args;
import org.haven.bench.report.Results;
import org.haven.demo.api.HavenClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scripted enrollment as a researcher's script does it, once with HTTP Basic (every request pays the account's
 * bcrypt check) and once with a personal API token from the console (a SHA-256 lookup), in the same run against
 * the same service and study: closed loop, --threads workers, each phase held --hold seconds after --warmup
 * seconds. The account should be hashed as a real one is (the service's --hash-password, bcrypt 12).
 */
public final class EnrollAuthBenchmark {

    private EnrollAuthBenchmark() {
    }

    public static void run(Args args) throws Exception {
        URI service = URI.create(args.text("service"));
        String researcher = args.text("researcher");
        String password = System.getenv("HAVEN_BENCH_AUTH_PASSWORD");
        int threads = args.number("threads", 4);
        int hold = args.number("hold", 20);
        int warmup = args.number("warmup", 3);
        HavenClient client = new HavenClient(service, researcher, password);
        String studyId = client.createStudy("Haven bench auth " + System.currentTimeMillis(), 1);
        client.publishEsti(studyId);
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((researcher + ":" + password).getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + ConsoleToken.create(service, researcher, password, "haven-bench enroll-auth");
        URI enroll = service.resolve("/api/studies/" + studyId + "/participants");

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("auth.threads", threads);
        figures.put("auth.hold_s", hold);
        // Basic first: the JIT then favours neither side, the token phase running on the warmer service
        figures.put("auth.basic_rate", phase(enroll, basic, threads, warmup, hold));
        figures.put("auth.bearer_rate", phase(enroll, bearer, threads, warmup, hold));
        Results.append(Path.of(args.text("results")), figures);
    }

    /** Enrollments answered 201 per second over the hold (after the warm-up); any other answer fails the run. */
    private static double phase(URI enroll, String authorization, int threads, int warmup, int hold)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(enroll).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"consentFormVersion\":\"bench-consent-v1\"}")).build();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(hold).toNanos();
        AtomicLong counted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 201) {
                            throw new IllegalStateException("enrollment answered " + answer.statusCode());
                        }
                        long done = System.nanoTime();
                        if (done >= measureFrom && done < end) {
                            counted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return counted.get() / (double) hold;
    }
}
