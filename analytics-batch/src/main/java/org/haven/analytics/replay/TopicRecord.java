package org.haven.analytics.replay;

import java.time.Instant;

/**
 * One record of the event topic as read: where it sits, its key, the event's type, revision and study from the
 * headers (the study header is missing on records published before it existed), its event time (the time Axon
 * stored it, not Kafka's record time, which a rebuild rewrites) and its JSON. {@code unreadableHeader} says
 * which header could not be read, if one could not: such a record is unreadable, like one with broken JSON.
 */
public record TopicRecord(int partition, long offset, String key, String type, String revision, String study,
                          Instant eventTime, byte[] value, String unreadableHeader) {

    public TopicRecord(int partition, long offset, String key, String type, String revision, Instant eventTime,
                       byte[] value) {
        this(partition, offset, key, type, revision, null, eventTime, value, null);
    }

    /** Where the record sits, as an operator names it: {@code partition:offset}. */
    public String position() {
        return partition + ":" + offset;
    }
}
