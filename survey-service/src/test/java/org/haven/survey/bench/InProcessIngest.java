package org.haven.survey.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.events.EventTopic;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.survey.SurveyServiceApplication;
import org.haven.survey.participant.Enrollment;
import org.haven.survey.study.CreateStudy;
import org.haven.survey.study.PublishInstrumentVersion;
import org.haven.survey.submission.SubmitQuestionnaire;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest baseline without HTTP: the service booted in this JVM (same database, broker and publisher), the
 * same SubmitQuestionnaire commands sent through Axon's CommandGateway from N threads in a closed loop, counted
 * when answered and when their record is on the (dedicated) topic. Warm-up, then a hold of --hold seconds.
 */
final class InProcessIngest {

    private InProcessIngest() {
    }

    static void run(BenchOptions options) throws Exception {
        int threads = options.number("threads", 24);
        int hold = options.number("hold", 60);
        int warmup = options.number("warmup", 10);
        int waves = 10;
        String topic = options.text("topic");
        String[] args = options.text("service-args").split(" ");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SurveyServiceApplication.class).run(args)) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            Enrollment enrollment = context.getBean(Enrollment.class);
            Instrument esti = InstrumentLoader.esti();
            Actor researcher = Actor.researcher("bench");
            String studyId = UUID.randomUUID().toString();
            commands.sendAndWait(new CreateStudy(studyId, "in-process bench", false,
                    Collections.nCopies(waves, new WaveWindow.AlwaysOpen()), researcher));
            commands.sendAndWait(new PublishInstrumentVersion(studyId, esti, researcher));
            try (Arrivals arrivals = new Arrivals(options.text("bootstrap-servers"), topic)) {
                // warm-up on its own participants; then a pool sized from the warm-up rate
                List<String> probe = enroll(enrollment, studyId, options.number("probe-participants", 2_000));
                Loop warm = closedLoop(commands, esti, probe, waves, threads, 0, warmup, arrivals);
                double probeRate = warm.ok / (double) warmup;
                List<String> pool = enroll(enrollment, studyId, (int) Math.ceil(Math.max(probeRate, 50) * 1.6 * (hold + 5) / waves) + 100);
                Loop loop = closedLoop(commands, esti, pool, waves, threads, 5, hold, arrivals);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("inprocess.threads", threads);
                figures.put("inprocess.held_s", hold);
                figures.put("inprocess.command_rate", loop.okInWindow / (double) hold);
                figures.put("inprocess.topic_rate", arrivals.between(loop.windowStart, loop.windowEnd) / (double) hold);
                figures.put("inprocess.errors", loop.errors);
                options.append(figures);
            }
        }
    }

    private static List<String> enroll(Enrollment enrollment, String studyId, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(pool.submit(() -> enrollment.enrollWithoutToken(studyId, "bench-consent-v1", Instant.now(),
                        Actor.researcher("bench"))));
            }
            List<String> participants = new ArrayList<>();
            for (Future<String> id : ids) {
                participants.add(id.get());
            }
            return participants;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class Loop {
        long ok;
        long okInWindow;
        long errors;
        long windowStart;
        long windowEnd;
    }

    private static Loop closedLoop(CommandGateway commands, Instrument esti, List<String> participants, int waves,
                                   int threads, int warmupSeconds, int holdSeconds, Arrivals arrivals) throws InterruptedException {
        Loop loop = new Loop();
        long start = System.nanoTime();
        loop.windowStart = start + warmupSeconds * 1_000_000_000L;
        loop.windowEnd = loop.windowStart + holdSeconds * 1_000_000_000L;
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong okInWindow = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < loop.windowEnd) {
                    long index = next.getAndIncrement();
                    if (index >= (long) participants.size() * waves) {
                        errors.incrementAndGet();
                        return;
                    }
                    String participant = participants.get((int) (index % participants.size()));
                    int wave = (int) (index / participants.size()) + 1;
                    Instant now = Instant.now();
                    try {
                        commands.sendAndWait(new SubmitQuestionnaire(participant, wave, esti.id(), esti.version(),
                                BenchOptions.answers(esti, index, wave), participant + "-w" + wave, SubmissionSource.WEB,
                                LocalDate.ofInstant(now, ZoneOffset.UTC), now, Actor.participant(participant)));
                        ok.incrementAndGet();
                        long done = System.nanoTime();
                        if (done >= loop.windowStart && done < loop.windowEnd) {
                            okInWindow.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        loop.ok = ok.get();
        loop.okInWindow = okInWindow.get();
        loop.errors = errors.get();
        Thread.sleep(2_000);
        return loop;
    }

    /** Arrival times (nanoTime) of QuestionnaireSubmitted records on the bench's own topic. */
    private static final class Arrivals implements AutoCloseable {
        private final List<Long> times = Collections.synchronizedList(new ArrayList<>());
        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread thread;
        private volatile boolean running = true;

        Arrivals(String bootstrapServers, String topic) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20),
                    new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            thread = new Thread(() -> {
                while (running) {
                    var records = consumer.poll(Duration.ofMillis(50));
                    long now = System.nanoTime();
                    records.forEach(record -> {
                        Header type = record.headers().lastHeader(EventTopic.TYPE_HEADER);
                        if (type != null && new String(type.value(), StandardCharsets.UTF_8).endsWith("QuestionnaireSubmitted")) {
                            times.add(now);
                        }
                    });
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        long between(long from, long to) {
            synchronized (times) {
                return times.stream().filter(t -> t >= from && t < to).count();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(5_000);
            consumer.close();
        }
    }
}
