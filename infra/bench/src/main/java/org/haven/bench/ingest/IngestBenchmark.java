package org.haven.bench.ingest;

import org.haven.bench.Args;
import org.haven.bench.report.Results;
import org.haven.demo.api.HavenClient;
import org.haven.instrument.InstrumentLoader;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ingest end to end, from a process of its own: a new study with W always-open waves, participants enrolled
 * with their own tokens between phases, then a saturation phase (closed loop) and a phase at the fixed rate
 * min(1,000/s, 70% of the saturation rate measured on the topic) (open loop), each held for --hold seconds
 * after a warm-up.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void run(Args args) throws Exception {
        URI service = URI.create(args.text("service"));
        int waves = args.number("waves", 10);
        int hold = args.number("hold", 60);
        int warmup = args.number("warmup", 10);
        int workers = args.number("concurrency", 24);
        Path results = Path.of(args.text("results"));
        HavenClient client = new HavenClient(service, args.text("researcher"), System.getenv("HAVEN_BENCH_PASSWORD"));
        String studyId = client.createStudy("Haven bench " + System.currentTimeMillis(), waves);
        client.publishEsti(studyId);
        EstiAnswers answers = new EstiAnswers(InstrumentLoader.esti());
        Submitter submitter = new Submitter(service, answers, Long.toString(System.currentTimeMillis(), 36));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("ingest.study", studyId);
        figures.put("ingest.items_per_submission", answers.size());
        figures.put("ingest.concurrency", workers);
        try (TopicArrivals arrivals = new TopicArrivals(args.text("bootstrap-servers"), args.text("topic"))) {
            LoadPhases load = new LoadPhases(submitter, arrivals);

            ParticipantPool probe = new ParticipantPool(client, studyId, waves);
            double enrollSeconds = probe.growTo(args.number("probe-participants", 2_000), 8);
            figures.put("ingest.enroll_rate", probe.size() / enrollSeconds);
            log("enrolled %d participants in %.1f s; warming up (closed loop, %d workers, %d s)",
                    probe.size(), enrollSeconds, workers, warmup);
            PhaseTracker warm = new PhaseTracker("warmup");
            long warmOk = load.closedLoop(probe, warm, workers, 0, warmup);
            double probeRate = warmOk / (double) warmup;
            figures.put("ingest.warmup_http_rate", probeRate);

            PhaseTracker saturation = new PhaseTracker("saturation");
            ParticipantPool satPool = new ParticipantPool(client, studyId, waves);
            // the warm-up runs before the JIT has settled: saturation reached 1.7 x its rate in one run (1.6 x ran dry)
            satPool.growTo(participantsFor(Math.max(probeRate, 50) * SATURATION_HEADROOM, 5 + hold, waves), 8);
            log("saturation: %d participants, warm-up 5 s, hold %d s (probe %.0f/s)", satPool.size(), hold, probeRate);
            load.closedLoop(satPool, saturation, workers, 5, hold);
            drain(saturation);
            figures.putAll(saturation.figures());
            double saturationRate = saturation.arrivedOfWindow() / (double) hold;

            // at least 1/s: a saturation run that delivered nothing still gets a (failing) fixed-rate phase
            double rate = Math.max(1, Math.min(1_000, 0.7 * saturationRate));
            PhaseTracker fixed = new PhaseTracker("fixed");
            ParticipantPool fixedPool = new ParticipantPool(client, studyId, waves);
            fixedPool.growTo(participantsFor(rate * 1.1, 5 + hold, waves), 8);
            log("fixed rate %.0f/s: %d participants, warm-up 5 s, hold %d s", rate, fixedPool.size(), hold);
            long offered = load.openLoop(fixedPool, fixed, rate, 5, hold);
            drain(fixed);
            figures.put("ingest.fixed.offered_rate", rate);
            figures.put("ingest.fixed.offered", offered);
            figures.putAll(fixed.figures());
            figures.put("ingest.topic_unmatched", arrivals.unmatched());
            figures.put("ingest.topic_duplicates", arrivals.duplicates());
        }
        Results.append(results, figures);
    }

    /** Participants enrolled for the saturation phase, as a multiple of the warm-up's rate. */
    static final double SATURATION_HEADROOM = 3.0;

    static int participantsFor(double rate, double seconds, int waves) {
        return (int) Math.ceil(rate * seconds / waves) + 100;
    }

    /** Waits until every OK answer of the window is on the topic, or nothing more arrived for 10 s. */
    private static void drain(PhaseTracker tracker) throws InterruptedException {
        long last = -1;
        long stableSince = System.nanoTime();
        Thread.sleep(1_000);
        while (System.nanoTime() - stableSince < 10_000_000_000L) {
            long arrived = tracker.arrivedOfWindow();
            if (arrived >= tracker.okInWindow()) {
                return;
            }
            if (arrived != last) {
                last = arrived;
                stableSince = System.nanoTime();
            }
            Thread.sleep(200);
        }
    }

    private static void log(String format, Object... values) {
        System.out.printf("ingest: " + format + "%n", values);
    }
}
