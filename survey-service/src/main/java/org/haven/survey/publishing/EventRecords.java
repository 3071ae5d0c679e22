package org.haven.survey.publishing;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.DefaultKafkaMessageConverter;
import org.axonframework.serialization.Serializer;
import org.haven.events.EventTopic;
import org.haven.events.HavenEvent;

import java.nio.charset.StandardCharsets;

/**
 * Turns a stored event into its topic record: the Axon Kafka extension's format (key = aggregate id,
 * value = the event's JSON, {@code axon-message-*} headers with type and revision), plus the event time in
 * full precision as ISO-8601 ({@value #EVENT_TIME_HEADER}), since the extension's timestamp header keeps
 * only milliseconds and the batch's cutoff compares event times, and the event's study
 * ({@link EventTopic#STUDY_HEADER}), so the batch can leave other studies' records undecoded: a record of one
 * study that cannot be read then never stops the analysis of another.
 */
public class EventRecords {

    public static final String EVENT_TIME_HEADER = "haven-event-time";

    private final DefaultKafkaMessageConverter converter;

    public EventRecords(Serializer eventSerializer) {
        this.converter = DefaultKafkaMessageConverter.builder().serializer(eventSerializer).build();
    }

    public ProducerRecord<String, byte[]> record(EventMessage<?> event, String topic) {
        ProducerRecord<String, byte[]> record = converter.createKafkaMessage(event, topic);
        record.headers().add(EVENT_TIME_HEADER, event.getTimestamp().toString().getBytes(StandardCharsets.UTF_8));
        if (event.getPayload() instanceof HavenEvent havenEvent) {
            record.headers().add(EventTopic.STUDY_HEADER, havenEvent.studyId().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
