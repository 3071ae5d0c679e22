package org.haven.analytics.replay;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.haven.events.EventTopic;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the headers the survey-service writes (see its publishing package) into a {@link TopicRecord}. */
final class TopicRecordMapper {

    static final String EVENT_TIME_HEADER = "haven-event-time";
    static final String AXON_TIMESTAMP_HEADER = "axon-message-timestamp";

    private TopicRecordMapper() {
    }

    static TopicRecord map(ConsumerRecord<String, byte[]> record) {
        Instant eventTime = null;
        String unreadable = null;
        try {
            eventTime = eventTime(record);
        } catch (DateTimeParseException e) {
            // not thrown from here: only the record's own study may fail on it, and only where it names the record
            unreadable = "its header " + EVENT_TIME_HEADER + " is not an ISO-8601 instant";
        }
        return new TopicRecord(record.partition(), record.offset(), record.key(),
                text(record, EventTopic.TYPE_HEADER), text(record, EventTopic.REVISION_HEADER),
                text(record, EventTopic.STUDY_HEADER), eventTime, record.value(), unreadable);
    }

    /** The full-precision ISO time when present; else the extension's epoch-millisecond header. */
    private static Instant eventTime(ConsumerRecord<String, byte[]> record) {
        String iso = text(record, EVENT_TIME_HEADER);
        if (iso != null) {
            return Instant.parse(iso);
        }
        Header millis = record.headers().lastHeader(AXON_TIMESTAMP_HEADER);
        return millis == null || millis.value().length != Long.BYTES ? null
                : Instant.ofEpochMilli(ByteBuffer.wrap(millis.value()).getLong());
    }

    private static String text(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
