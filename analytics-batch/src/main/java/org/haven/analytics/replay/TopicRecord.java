package org.haven.analytics.replay;

import java.time.Instant;

/**
 * One record of the event topic as read: where it sits, the event's type and revision from the headers,
 * its event time (the time Axon stored it, not Kafka's record time, which a rebuild rewrites) and its JSON.
 */
public record TopicRecord(int partition, long offset, String key, String type, String revision, Instant eventTime,
                          byte[] value) {
}
