package org.haven.survey.publishing;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.haven.events.HavenEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes every stored event to the topic from a tracking processor. A batch's records are sent at once
 * and the batch commits its tracking token only after the broker acknowledged every one of them: while
 * the broker is away the batch fails, the token stays, and the processor retries it later. Nothing is lost;
 * a record may be sent twice (at-least-once), which the batch tolerates.
 *
 * <p>Haven's own rather than the extension's KafkaPublisher: that one either does not wait for the broker
 * (its default: the token moves on while records are still unsent, so an outage or a crash loses events)
 * or waits for each event on its own with a fixed one-second timeout.
 */
@ProcessingGroup(PublishingConfiguration.PROCESSING_GROUP)
public class TopicPublisher {

    private static final String PENDING = TopicPublisher.class.getName() + ".pending";

    private final Producer<String, byte[]> producer;
    private final EventRecords records;
    private final String topic;
    private final AtomicReference<String> failure = new AtomicReference<>();

    public TopicPublisher(Producer<String, byte[]> producer, EventRecords records, String topic) {
        this.producer = producer;
        this.records = records;
        this.topic = topic;
    }

    @EventHandler(payloadType = HavenEvent.class)
    void on(EventMessage<?> event, UnitOfWork<?> unitOfWork) {
        List<Future<RecordMetadata>> pending = unitOfWork.root().getOrComputeResource(PENDING, key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(batch -> awaitAcknowledgements(sends));
            return sends;
        });
        pending.add(producer.send(records.record(event, topic)));
    }

    /** Why a batch failed since the last call, or null: read by the outage log. */
    String takeFailure() {
        return failure.getAndSet(null);
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> sends) {
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                failure.set("the broker did not acknowledge an event (" + e.getCause().getClass().getSimpleName() + ")");
                throw new TopicUnavailableException("the broker did not acknowledge an event; the batch is retried: "
                        + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TopicUnavailableException("interrupted while waiting for the broker", e);
            }
        }
    }
}
