package org.haven.survey.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Disaster recovery: republishes the whole event store, in store order, into an empty topic (e.g. after a
 * lost cluster, or to change the partition count). The records are built exactly as the publisher builds
 * them, so the batch cannot tell a rebuilt topic from the original.
 */
public class TopicRebuild {

    private static final Logger log = LoggerFactory.getLogger(TopicRebuild.class);

    public record Result(String topic, int partitions, long events) {
    }

    private final EventStore eventStore;
    private final EventRecords records;
    private final KafkaSettings settings;

    public TopicRebuild(EventStore eventStore, EventRecords records, KafkaSettings settings) {
        this.eventStore = eventStore;
        this.records = records;
        this.settings = settings;
    }

    public Result rebuild(String topic, int partitions) throws ExecutionException, InterruptedException {
        try (Admin admin = KafkaClients.admin(settings)) {
            TopicGuard.Check check = TopicGuard.ensure(admin, topic, partitions, settings.replicationFactor());
            if (check.state() != TopicGuard.TopicState.READY) {
                throw new IllegalStateException(check.detail());
            }
            requireEmpty(admin, topic);
        }
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(settings, "haven-topic-rebuild");
             BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable() && failure.get() == null) {
                producer.send(records.record(stream.nextAvailable(), topic), (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    }
                });
                if (sent.incrementAndGet() % 10_000 == 0) {
                    log.info("Rebuild of {}: {} events sent", topic, sent.get());
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the broker refused an event during the rebuild: " + failure.get().getMessage(),
                    failure.get());
        }
        return new Result(topic, partitions, sent.get());
    }

    /** Refuses to write into a topic that already holds records: a rebuild never mixes with older data. */
    private static void requireEmpty(Admin admin, String topic) throws ExecutionException, InterruptedException {
        Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        long records = admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        if (records > 0) {
            throw new IllegalStateException("topic " + topic + " already holds " + records
                    + " records; rebuild into a new, empty topic");
        }
    }
}
