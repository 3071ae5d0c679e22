package org.haven.survey.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.haven.events.Actor;
import org.haven.events.HavenEvent;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.survey.eventstore.EventStoreConfiguration;
import org.haven.survey.publishing.EventRecords;
import org.haven.survey.publishing.KafkaClients;
import org.haven.survey.publishing.KafkaSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Seeds a topic for the replay benchmark with one study of P participants x W waves of full ESTI answers, in the
 * exact record format of the service's publisher: its event serializer, {@link EventRecords} (key = aggregate
 * id, axon-message-* headers, haven-event-time) and its producer settings ({@link KafkaClients}).
 */
final class TopicSeeder {

    private TopicSeeder() {
    }

    static void run(BenchOptions options) throws Exception {
        String topic = options.text("topic");
        int participants = options.number("participants", 100_000);
        int waves = options.number("waves", 10);
        KafkaSettings settings = new KafkaSettings(options.text("bootstrap-servers"), topic,
                options.number("partitions", 3), (short) 1, null, Map.of());
        try (Admin admin = KafkaClients.admin(settings)) {
            admin.createTopics(List.of(new NewTopic(topic, settings.partitions(), (short) 1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))).all().get();
        }
        EventRecords records = new EventRecords(new EventStoreConfiguration().eventSerializer());
        Instrument esti = InstrumentLoader.esti();
        String studyId = options.values().getOrDefault("study", UUID.randomUUID().toString());
        Actor researcher = Actor.researcher("bench");
        Instant start = Instant.now().minus(400, ChronoUnit.DAYS);
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(settings, "haven-bench-seeder")) {
            Sender send = (type, aggregate, seq, event) -> producer.send(
                    records.record(new GenericDomainEventMessage<>(type, aggregate, seq, event), topic),
                    (metadata, error) -> {
                        if (error != null) {
                            failure.compareAndSet(null, error);
                        } else {
                            sent.incrementAndGet();
                        }
                    });
            long seq = 0;
            send.send("Study", studyId, seq++, new StudyCreated(studyId, "Haven replay bench", false, researcher));
            for (int w = 1; w <= waves; w++) {
                send.send("Study", studyId, seq++, new WaveScheduled(studyId, w, new WaveWindow.AlwaysOpen(), researcher));
            }
            send.send("Study", studyId, seq, new InstrumentVersionPublished(studyId, esti, researcher));
            for (long p = 0; p < participants; p++) {
                String participant = UUID.randomUUID().toString();
                Actor self = Actor.participant(participant);
                send.send("Participant", participant, 0, new ParticipantEnrolled(participant, studyId, start,
                        "bench-consent-v1", null, researcher));
                for (int w = 1; w <= waves; w++) {
                    send.send("Participant", participant, w, new QuestionnaireSubmitted(participant, studyId, w,
                            esti.id(), esti.version(), BenchOptions.answers(esti, p, w), null, participant + "-w" + w,
                            SubmissionSource.WEB, LocalDate.of(2025, 1, 1).plusDays(30L * w), self));
                }
                if (failure.get() != null) {
                    throw failure.get();
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        String prefix = options.values().getOrDefault("prefix", "seed");
        figures.put(prefix + ".study", studyId);
        figures.put(prefix + ".records", sent.get());
        figures.put(prefix + ".seconds", (System.nanoTime() - started) / 1e9);
        options.append(figures);
    }

    @FunctionalInterface
    private interface Sender {
        void send(String aggregateType, String aggregateId, long sequence, HavenEvent event);
    }
}
