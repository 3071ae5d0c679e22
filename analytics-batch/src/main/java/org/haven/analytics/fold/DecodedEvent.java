package org.haven.analytics.fold;

import org.haven.events.HavenEvent;

import java.time.Instant;

/**
 * An event read from the topic in today's shape (upcast), with its event time and the record's type, revision
 * and JSON as read, which the fold journal keeps so a restarted run can rebuild the fold without the topic.
 */
public record DecodedEvent(HavenEvent event, Instant eventTime, String type, String revision, byte[] json) {

    public DecodedEvent(HavenEvent event, Instant eventTime) {
        this(event, eventTime, null, null, null);
    }
}
