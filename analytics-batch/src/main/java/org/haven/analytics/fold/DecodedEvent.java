package org.haven.analytics.fold;

import org.haven.events.HavenEvent;

import java.time.Instant;

/** An event read from the topic in today's shape (upcast), with its event time. */
public record DecodedEvent(HavenEvent event, Instant eventTime) {
}
